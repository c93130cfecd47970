//! # paraphe: who signed what with whom
//!
//! paraphe reads French news articles and finds the people, ministries,
//! organisations, places and figures they mention, then the agreements signed
//! between them. The pipeline reads top to bottom, one module per stage:
//!
//! text ([`text`]) → tokens ([`tokenize`]) → sentences ([`sentence`]) →
//! gazetteer and rule matches, then entities ([`lexicon`], [`entities`]) →
//! aliases and coreference ([`coref`]) → signings ([`relations`]) →
//! output records ([`output`]) → the corpus graph ([`graph`]).
//! [`input`] reads and decodes documents; [`pipeline`] runs the extraction
//! over many of them on a thread pool and hands the results on in input order.
//!
//! ```
//! let ex = paraphe::Extractor::builtin();
//! let doc = ex.extract("Le Maroc et la Banque mondiale ont signé jeudi un accord de prêt de 50 millions d’euros.");
//! let kinds: Vec<&str> = doc.entities.iter().map(|e| e.etype.as_str()).collect();
//! assert!(kinds.contains(&"PLACE") && kinds.contains(&"ORG") && kinds.contains(&"FIGURE"));
//! assert_eq!(doc.relations.len(), 1);
//! ```

#![warn(missing_docs)]

pub mod coref;
pub mod entities;
pub mod graph;
pub mod input;
pub mod lexicon;
pub mod output;
pub mod pipeline;
pub mod relations;
pub mod sentence;
pub mod text;
pub mod tokenize;

#[cfg(feature = "python")]
mod python;

use entities::{Ctx, Entity};
use lexicon::{GazError, Lexicon};
use std::ops::Range;
use std::sync::Arc;

/// Everything paraphe found in one document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The normalised text (offsets refer to it).
    pub text: text::Text,
    /// The tokens.
    pub tokens: Vec<tokenize::Token>,
    /// Sentences as token ranges.
    pub sentences: Vec<Range<usize>>,
    /// Entities, sorted by start.
    pub entities: Vec<Entity>,
    /// Groups of entities that name the same thing.
    pub clusters: coref::Clusters,
    /// Signing events.
    pub relations: Vec<relations::Signing>,
}

/// The extractor: a lexicon (embedded gazetteers plus the user's) and the pipeline.
#[derive(Clone)]
pub struct Extractor {
    lex: Arc<LexRef>,
}

enum LexRef {
    Builtin(&'static Lexicon),
    Owned(Box<Lexicon>),
}

impl Extractor {
    /// The extractor with the embedded gazetteers.
    pub fn builtin() -> Extractor {
        Extractor {
            lex: Arc::new(LexRef::Builtin(Lexicon::builtin())),
        }
    }

    /// The extractor with the embedded gazetteers plus user lists given as
    /// (file name, contents) in the generic TSV format.
    pub fn with_gazetteers(user: &[(String, String)]) -> Result<Extractor, GazError> {
        if user.is_empty() {
            return Ok(Extractor::builtin());
        }
        Ok(Extractor {
            lex: Arc::new(LexRef::Owned(Box::new(Lexicon::build(user)?))),
        })
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        match &*self.lex {
            LexRef::Builtin(l) => l,
            LexRef::Owned(l) => l,
        }
    }

    /// Runs the whole pipeline over one document's text.
    pub fn extract(&self, raw: &str) -> Document {
        let text = text::Text::new(raw);
        let tokens = tokenize::tokenize(text.as_str());
        let sentences = sentence::split(text.as_str(), &tokens);
        let lex = self.lexicon();
        let ctx = Ctx::new(text.as_str(), text.lower(), &tokens, &sentences, lex);
        let entities = entities::extract(&ctx);
        let clusters = coref::cluster(&ctx, &entities);
        let relations = relations::extract(&ctx, &entities, &clusters);
        drop(ctx);
        Document {
            text,
            tokens,
            sentences,
            entities,
            clusters,
            relations,
        }
    }
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::builtin()
    }
}
