//! Arbitrary bytes, decoded as paraphe decodes files, then extracted and
//! serialised; the record must satisfy the output invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    static EX: OnceLock<paraphe::Extractor> = OnceLock::new();
    let ex = EX.get_or_init(paraphe::Extractor::builtin);
    let decoded = paraphe::input::decode(data);
    assert_eq!(
        paraphe::input::decode_vec(data.to_vec()),
        decoded,
        "decode_vec and decode differ"
    );
    match decoded {
        Ok(dec) => {
            if let Err(e) = common::extract_and_check(ex, &dec.text) {
                panic!("invariant broken: {e}");
            }
        }
        Err(e) => {
            let line = paraphe::output::error_line("fuzz", &e);
            let v: serde_json::Value = serde_json::from_str(&line).expect("error record is JSON");
            assert!(v.get("error").is_some());
        }
    }
});
