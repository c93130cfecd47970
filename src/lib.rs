//! # paraphe: who signed what with whom
//!
//! paraphe reads French news articles and finds the people, ministries,
//! organisations, places and figures they mention, then the agreements signed
//! between them.
//!
//! ```
//! use paraphe::{EntityType, Extractor};
//!
//! let ex = Extractor::builtin();
//! let doc = ex.extract("Le Maroc et la Banque mondiale ont signé jeudi un accord de prêt de 50 millions d’euros.");
//! let places: Vec<&str> = doc
//!     .entities
//!     .iter()
//!     .filter(|e| e.etype == EntityType::Place)
//!     .map(|e| e.text(&doc))
//!     .collect();
//! assert_eq!(places, ["Maroc"]);
//! let loan = &doc.relations[0];
//! let parties: Vec<&str> = loan.participants.iter().map(|p| p.name.as_str()).collect();
//! assert_eq!(parties, ["Maroc", "Banque mondiale"]);
//! let amount = loan.amount_figure(&doc).unwrap();
//! assert_eq!(amount.unit.as_deref(), Some("EUR"));
//! // One JSON line, as the command line writes it (docs/output.md).
//! let line = paraphe::output::to_json_line("maroc.txt", None, &doc);
//! assert!(line.starts_with(r#"{"doc":"maroc.txt","entities":["#));
//! ```
//!
//! The API: [`Extractor`] (with the embedded gazetteers, or yours:
//! [`Extractor::with_gazetteer_files`]) makes a [`Document`] of a text: its
//! [`Entity`]s and its [`Signing`]s with their [`Participant`]s, all with
//! byte offsets into [`Document::text`]; [`output`] writes the JSON record.
//! `examples/signings.rs` is a whole program.
//!
//! Inside, the pipeline reads top to bottom, one private module per stage:
//! text → tokens → sentences → gazetteer and rule matches, then entities →
//! aliases and coreference → signings → output records → the corpus graph.
//! They are public only with the `internals` feature, which the crate's own
//! tests, benches and fuzz targets turn on; they may change at any time.

#![warn(missing_docs)]
// The internal modules' docs link to items that are private in a normal
// build and public with `internals`: both are meant.
#![allow(rustdoc::private_intra_doc_links)]

/// Declares the pipeline's modules: private to the crate, public (and hidden
/// from the docs) with the `internals` feature, for the crate's own tests,
/// benches and fuzz targets. Items only those use are not dead code.
macro_rules! internal_modules {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[cfg(feature = "internals")]
        #[doc(hidden)]
        pub mod $name;
        $(#[$doc])*
        #[cfg(not(feature = "internals"))]
        // Without the `cli` feature, what only the command line uses is unused.
        #[allow(dead_code, unused_imports)]
        pub(crate) mod $name;
    )*};
}

internal_modules! {
    /// Aliases and coreference.
    coref;
    /// Rule and gazetteer matches, then entities.
    entities;
    /// The corpus graph and its formats.
    graph;
    /// Reading and decoding inputs.
    input;
    /// Gazetteers and word lists.
    lexicon;
    /// Ordered parallel processing.
    pipeline;
    /// Signings.
    relations;
    /// Sentences.
    sentence;
    /// Normalised text.
    text;
    /// Tokens.
    tokenize;
}

// The command line (src/main.rs calls it); its dependencies come with the
// default `cli` feature.
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod cli;
pub mod output;

#[cfg(feature = "python")]
mod python;

pub use entities::{Entity, Figure, FigureKind, FigureValue};
pub use lexicon::{EntityType, GazError};
pub use relations::{Participant, Signing, SpanRef};
pub use text::Text;
// Types of the document's inner fields (tokens, clusters): nameable, not documented.
#[doc(hidden)]
pub use coref::{Cluster, Clusters};
#[doc(hidden)]
pub use tokenize::{TokKind, Token};

use entities::Ctx;
use lexicon::Lexicon;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// Everything paraphe found in one document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The normalised text: decoded, NFC, a leading byte-order mark
    /// removed. Every offset of the document is a byte offset into it.
    pub text: Text,
    /// The tokens (internal).
    #[doc(hidden)]
    pub tokens: Vec<Token>,
    /// Sentences as token ranges (internal).
    #[doc(hidden)]
    pub sentences: Vec<Range<usize>>,
    /// Entities, sorted by start.
    pub entities: Vec<Entity>,
    /// Groups of entities that name the same thing (internal).
    #[doc(hidden)]
    pub clusters: Clusters,
    /// The agreements signed, one per instrument.
    pub relations: Vec<Signing>,
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

    /// The extractor with the embedded gazetteers plus your own lists, read
    /// from files in the TSV format of `gazetteers/orgs.tsv` (text, TYPE,
    /// canonical, tags; README, Gazetteers). Entities found by a list say
    /// its file name in their `rule` (`gazetteer:my-list.tsv`).
    ///
    /// Fails on the first file that cannot be read, is not UTF-8 or has a
    /// malformed line; the error names the file and line.
    pub fn with_gazetteer_files<P: AsRef<Path>>(paths: &[P]) -> Result<Extractor, GazError> {
        let user = paths
            .iter()
            .map(|p| read_gazetteer(p.as_ref()))
            .collect::<Result<Vec<_>, _>>()?;
        Extractor::with_gazetteers(&user)
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
    pub(crate) fn lexicon(&self) -> &Lexicon {
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

/// Reads a gazetteer file as (its name as given, its contents).
pub(crate) fn read_gazetteer(path: &Path) -> Result<(String, String), GazError> {
    let file = path.display().to_string();
    let err = |line, msg| GazError {
        file: file.clone(),
        line,
        msg,
    };
    let bytes = std::fs::read(path).map_err(|e| err(0, format!("cannot read gazetteer: {e}")))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok((file.clone(), text)),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&c| c == b'\n').count() + 1;
            Err(err(line, "gazetteer is not valid UTF-8".into()))
        }
    }
}

impl Entity {
    /// The entity as written in `doc`, the document it comes from.
    pub fn text<'d>(&self, doc: &'d Document) -> &'d str {
        &doc.text.as_str()[self.start..self.end]
    }
}

impl SpanRef {
    /// The span as written in `doc`.
    pub fn text<'d>(&self, doc: &'d Document) -> &'d str {
        &doc.text.as_str()[self.start..self.end]
    }
}

impl Signing {
    /// The amount as a FIGURE: its `value` and its currency (`unit`), when
    /// the text gives one.
    pub fn amount_figure<'d>(&self, doc: &'d Document) -> Option<&'d Figure> {
        figure(doc, self.amount.as_ref())
    }

    /// The date as a FIGURE (an ISO 8601 `value`), when the date is one.
    pub fn date_figure<'d>(&self, doc: &'d Document) -> Option<&'d Figure> {
        figure(doc, self.date.as_ref())
    }

    /// The countries and bodies bound by the agreement.
    pub fn parties(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| !p.signatory)
    }

    /// The people who signed it (their `role`, and the body they sign for in
    /// `represents`).
    pub fn signatories(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| p.signatory)
    }

    /// The instrument as written (`protocole d’accord`).
    pub fn agreement_text<'d>(&self, doc: &'d Document) -> &'d str {
        self.agreement.text(doc)
    }
}

/// A number as JSON writes it (`85000000`, `3.5`), a date as its ISO 8601 text.
impl std::fmt::Display for FigureValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FigureValue::Num(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => {
                write!(f, "{}", *x as i64)
            }
            FigureValue::Num(x) => write!(f, "{x}"),
            FigureValue::Date(iso) => f.write_str(iso),
        }
    }
}

fn figure<'d>(doc: &'d Document, span: Option<&SpanRef>) -> Option<&'d Figure> {
    doc.entities.get(span?.entity?)?.figure.as_ref()
}
