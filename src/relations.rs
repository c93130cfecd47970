//! Stage 6: signing events.

use crate::coref::Clusters;
use crate::entities::{Ctx, Entity};
use crate::lexicon::EntityType;
use std::ops::Range;

/// A span of the text, maybe an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanRef {
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// The entity, when the span is one.
    pub entity: Option<usize>,
}

/// A party or signatory of a signing.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// The entity mentioned, if any (a host party may be known only by a title).
    pub entity: Option<usize>,
    /// Its cluster.
    pub cluster: Option<usize>,
    /// Type.
    pub etype: EntityType,
    /// Fullest name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// A person who signed (rather than a party).
    pub signatory: bool,
    /// A signatory's function.
    pub role: Option<String>,
    /// The entity a signatory signs for.
    pub represents: Option<usize>,
    /// Left implicit by the text (the host).
    pub implicit: bool,
}

/// One agreement signed.
#[derive(Debug, Clone, PartialEq)]
pub struct Signing {
    /// The instrument as written.
    pub agreement: SpanRef,
    /// Its normalised kind.
    pub kind: String,
    /// How many instruments the phrase stands for, when a number is given.
    pub count: Option<u64>,
    /// Parties and signatories.
    pub participants: Vec<Participant>,
    /// When.
    pub date: Option<SpanRef>,
    /// Where.
    pub place: Option<SpanRef>,
    /// How much.
    pub amount: Option<SpanRef>,
    /// What for (byte range).
    pub purpose: Option<Range<usize>>,
    /// The pattern that found it.
    pub rule: &'static str,
}

/// Finds the signings of a document.
pub fn extract(_ctx: &Ctx, _ents: &[Entity], _clusters: &Clusters) -> Vec<Signing> {
    Vec::new()
}
