//! Saved JSON Lines output read back by the corpus graph (`paraphe graph`):
//! any bytes must give Ok or Err, never a panic; the graph must still build.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut g = paraphe::graph::CorpusGraph::default();
    let _ = g.read_jsonl(data, "fuzz");
    let built = g.build();
    let _ = built.to_dot();
    let _ = built.to_json();
});
