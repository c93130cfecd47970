//! Criterion micro-benchmarks, one per pipeline stage, on the fixture articles.
//!
//! Every stage runs over all of `fixtures/*.txt`, each article as its own
//! document (as the binary processes them), and reports its throughput in
//! bytes of input text, so criterion prints MB/s comparable across stages
//! and with `benches/compare.sh`. Two extra benchmarks run the whole
//! pipeline on the articles concatenated into one document (anything that
//! grows faster than linearly with a document shows there) and the build of
//! the embedded lexicon (a start-up cost, once per process).
//!
//! Stages that read `Ctx` get a fresh one per iteration (built outside the
//! timing): `Ctx` caches per-token answers of the person rules, and a warm
//! cache would hide their cost.
//!
//! Run: `cargo bench --bench stages` (about a minute);
//! one stage: `cargo bench --bench stages -- tokenize`.

use criterion::{
    black_box, criterion_group, criterion_main, BatchSize, Criterion, SamplingMode, Throughput,
};
use paraphe::entities::{self, Candidate, Ctx, Entity};
use paraphe::lexicon::Lexicon;
use paraphe::{coref, output, relations, sentence, text, tokenize, Document, Extractor};
use std::ops::Range;
use std::time::Duration;

/// One fixture article, run through the pipeline once so that every stage can
/// be timed on its real input.
struct Prepared {
    name: String,
    raw: String,
    text: text::Text,
    tokens: Vec<tokenize::Token>,
    sentences: Vec<Range<usize>>,
    entities: Vec<Entity>,
    clusters: coref::Clusters,
    doc: Document,
}

impl Prepared {
    fn ctx<'a>(&'a self, lex: &'a Lexicon) -> Ctx<'a> {
        Ctx::new(
            self.text.as_str(),
            self.text.lower(),
            &self.tokens,
            &self.sentences,
            lex,
        )
    }
}

fn fixtures() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let raw = std::fs::read_to_string(&p).expect("fixture is UTF-8");
            (p.display().to_string(), raw)
        })
        .collect()
}

fn prepare(lex: &Lexicon, ex: &Extractor, name: String, raw: String) -> Prepared {
    let text = text::Text::new(&raw);
    let tokens = tokenize::tokenize(text.as_str());
    let sentences = sentence::split(text.as_str(), &tokens);
    let ctx = Ctx::new(text.as_str(), text.lower(), &tokens, &sentences, lex);
    let entities = entities::extract(&ctx);
    let clusters = coref::cluster(&ctx, &entities);
    drop(ctx);
    let doc = ex.extract(&raw);
    Prepared {
        name,
        raw,
        text,
        tokens,
        sentences,
        entities,
        clusters,
        doc,
    }
}

/// Times `f` over every article with a fresh `Ctx` each (built untimed).
fn bench_ctx<R>(
    c: &mut Criterion,
    group: &str,
    name: &str,
    docs: &[Prepared],
    lex: &Lexicon,
    mut f: impl FnMut(&Ctx, &Prepared) -> R,
) {
    let bytes: u64 = docs.iter().map(|d| d.raw.len() as u64).sum();
    let mut g = c.benchmark_group(group);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(name, |b| {
        b.iter_batched(
            || docs.iter().map(|d| d.ctx(lex)).collect::<Vec<_>>(),
            |ctxs| {
                for (ctx, d) in ctxs.iter().zip(docs) {
                    black_box(f(ctx, d));
                }
                ctxs
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

fn stages(c: &mut Criterion) {
    let lex = Lexicon::builtin();
    let ex = Extractor::builtin();
    let docs: Vec<Prepared> = fixtures()
        .into_iter()
        .map(|(n, r)| prepare(lex, &ex, n, r))
        .collect();
    assert!(!docs.is_empty(), "no fixtures/*.txt");
    let bytes: u64 = docs.iter().map(|d| d.raw.len() as u64).sum();

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("text", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(text::Text::new(black_box(&d.raw)));
            }
        })
    });
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(tokenize::tokenize(black_box(d.text.as_str())));
            }
        })
    });
    g.bench_function("sentence", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(sentence::split(d.text.as_str(), black_box(&d.tokens)));
            }
        })
    });
    g.bench_function("lexicon_find_tokens", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(lex.find_tokens(d.text.lower(), black_box(&d.tokens)));
            }
        })
    });
    g.bench_function("ctx_new", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(d.ctx(lex));
            }
        })
    });
    g.finish();

    type Propose = fn(&Ctx, &mut Vec<Candidate>);
    let families: [(&str, Propose); 6] = [
        ("gazetteer", entities::gazetteer::propose),
        ("places", entities::places::propose),
        ("orgs", entities::orgs::propose),
        ("ministries", entities::ministries::propose),
        ("persons", entities::persons::propose),
        ("figures", entities::figures::propose),
    ];
    for (name, propose) in families {
        bench_ctx(c, "propose", name, &docs, lex, |ctx, _| {
            let mut out = Vec::new();
            propose(ctx, &mut out);
            out
        });
    }
    bench_ctx(c, "stage", "entities_extract", &docs, lex, |ctx, _| {
        entities::extract(ctx)
    });
    bench_ctx(c, "stage", "coref_cluster", &docs, lex, |ctx, d| {
        coref::cluster(ctx, &d.entities)
    });
    bench_ctx(c, "stage", "relations_extract", &docs, lex, |ctx, d| {
        relations::extract(ctx, &d.entities, &d.clusters)
    });

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("output_to_json_line", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(output::to_json_line(&d.name, None, black_box(&d.doc)));
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("extract_per_article", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(ex.extract(black_box(&d.raw)));
            }
        })
    });
    g.bench_function("extract_and_json_per_article", |b| {
        b.iter(|| {
            for d in &docs {
                let doc = ex.extract(black_box(&d.raw));
                black_box(output::to_json_line(&d.name, None, &doc));
            }
        })
    });
    let joined: String = docs
        .iter()
        .map(|d| d.raw.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    g.throughput(Throughput::Bytes(joined.len() as u64));
    g.bench_function("extract_concatenated", |b| {
        b.iter(|| black_box(ex.extract(black_box(&joined))))
    });
    g.finish();

    let mut g = c.benchmark_group("startup");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(3));
    g.bench_function("lexicon_build", |b| {
        b.iter(|| black_box(Lexicon::build(&[]).expect("embedded gazetteers are valid")))
    });
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .without_plots()
}

criterion_group! {
    name = benches;
    config = config();
    targets = stages
}
criterion_main!(benches);
