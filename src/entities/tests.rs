use super::{WordMap, WordSet};

static SET: WordSet = WordSet::new(&["région", "de", "", "x", "wilaya", "Ça", "ministère"]);
static MAP: WordMap<u8> = WordMap::new(&[("mars", 3), ("août", 8), ("mars", 9)]);

#[test]
fn word_set_prefilter_never_loses_a_member() {
    for w in ["région", "de", "", "x", "wilaya", "Ça", "ministère"] {
        assert!(SET.contains(w), "{w:?}");
    }
    for w in ["régions", "du", "y", "Ca", "ministre", "Région"] {
        assert!(!SET.contains(w), "{w:?}");
    }
}

#[test]
fn word_map_prefilter_and_first_pair_wins() {
    assert_eq!(MAP.get("mars"), Some(3));
    assert_eq!(MAP.get("août"), Some(8));
    assert_eq!(MAP.get("aout"), None);
    assert_eq!(MAP.get(""), None);
}
