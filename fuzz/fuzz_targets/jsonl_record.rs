//! JSON Lines input: one line through `parse_record`, a whole buffer through
//! `read_records`; records that parse are extracted and checked.
#![no_main]

use libfuzzer_sys::fuzz_target;
use paraphe::input::{self, Input};
use std::sync::OnceLock;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    static EX: OnceLock<paraphe::Extractor> = OnceLock::new();
    let ex = EX.get_or_init(paraphe::Extractor::builtin);
    if let Ok(line) = std::str::from_utf8(data) {
        match input::parse_record(line, "fuzz:1") {
            Input::Record { text, .. } => {
                if !text.contains('\0') {
                    if let Err(e) = common::extract_and_check(ex, &text) {
                        panic!("invariant broken: {e}");
                    }
                }
            }
            Input::Error { id, error } => {
                assert!(!error.is_empty());
                let _ = paraphe::output::error_line(&id, &error);
            }
            other => panic!("parse_record returned {other:?}"),
        }
    }
    // Every non-blank line is one input, whatever it holds.
    let mut n = 0usize;
    input::read_records(data, "fuzz", &mut |inp| {
        n += 1;
        let _ = inp.load();
        true
    })
    .expect("reading from memory cannot fail");
    let lines = data
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty() && !std::str::from_utf8(l).is_ok_and(|s| s.trim().is_empty()))
        .count();
    assert_eq!(
        n, lines,
        "read_records gave {n} inputs for {lines} non-blank lines"
    );
});
