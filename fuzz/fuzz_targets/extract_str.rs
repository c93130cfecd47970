//! Arbitrary UTF-8 text through the whole pipeline; the record must satisfy
//! the output invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|text: &str| {
    static EX: OnceLock<paraphe::Extractor> = OnceLock::new();
    let ex = EX.get_or_init(paraphe::Extractor::builtin);
    if let Err(e) = common::extract_and_check(ex, text) {
        panic!("invariant broken: {e}");
    }
});
