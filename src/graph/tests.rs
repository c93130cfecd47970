use super::*;

#[test]
fn escape_quotes_backslashes_and_newlines() {
    assert_eq!(dot_escape("a \"b\" \\ c\nd\r"), "a \\\"b\\\" \\\\ c\\nd");
}

#[test]
fn merges_participants_across_articles_by_alias() {
    let ex = crate::Extractor::builtin();
    let a = ex.extract("Le Maroc et le Programme des Nations unies pour le développement (PNUD) ont signé un protocole d’accord.");
    let b = ex.extract("Le PNUD et le Sénégal ont signé jeudi une convention de financement.");
    let mut g = CorpusGraph::default();
    g.add(DocGraph::from_document("a", &a));
    g.add(DocGraph::from_document("b", &b));
    let built = g.build();
    let pnud: Vec<&Node> = built
        .graph
        .node_weights()
        .filter(|n| n.label.contains("Nations unies"))
        .collect();
    assert_eq!(pnud.len(), 1, "{}", built.to_dot());
    assert_eq!(pnud[0].docs.len(), 2);
    assert_eq!(
        built
            .graph
            .node_weights()
            .filter(|n| n.kind == "AGREEMENT")
            .count(),
        2
    );
}

/// A participant of a hand-written record.
fn part(name: &str, aliases: &[&str], etype: &str, part: &str) -> Value {
    serde_json::json!({"text": name, "aliases": aliases, "type": etype, "part": part})
}

/// A record with one signing; `written` are the entity texts of the article.
fn record(doc: &str, written: &[&str], rel: Value) -> DocGraph {
    let entities: Vec<Value> = written
        .iter()
        .enumerate()
        .map(|(k, t)| serde_json::json!({"id": format!("e{k}"), "type": "ORG", "text": t}))
        .collect();
    let v = serde_json::json!({"doc": doc, "entities": entities, "relations": [rel]});
    DocGraph::from_value(&v).unwrap()
}

fn signing(kind: &str, date: Option<Value>, parties: Vec<Value>) -> Value {
    let mut r = serde_json::json!({"type": "signed", "agreement": {"text": kind, "kind": kind}, "participants": parties});
    if let Some(d) = date {
        r["date"] = d;
    }
    r
}

/// A record of one `kind` signed by `parties` (name, type), all written in the article.
fn between(doc: &str, kind: &str, date: Option<Value>, parties: &[(&str, &str)]) -> DocGraph {
    let written: Vec<&str> = parties.iter().map(|p| p.0).collect();
    let parts = parties
        .iter()
        .map(|(n, t)| part(n, &[], t, "party"))
        .collect();
    record(doc, &written, signing(kind, date, parts))
}

fn corpus(docs: Vec<DocGraph>) -> Graph {
    let mut g = CorpusGraph::default();
    for d in docs {
        g.add(d);
    }
    g.build()
}

fn dot(g: &Graph, opts: Options) -> String {
    g.select(&opts).unwrap().to_dot()
}

fn undp_and_niger(doc: &str, date: Option<Value>) -> DocGraph {
    record(
        doc,
        &["PNUD", "Niger"],
        signing(
            "accord de don",
            date,
            vec![
                part(
                    "Programme des Nations unies pour le développement",
                    &["PNUD", "UNDP"],
                    "ORG",
                    "party",
                ),
                part("Niger", &[], "PLACE", "party"),
                part("Aïcha Moussa", &[], "PERSON", "signatory"),
            ],
        ),
    )
}

#[test]
fn labels_show_written_names_and_calendar_dates_only() {
    let g = corpus(vec![
        undp_and_niger(
            "a.txt",
            Some(serde_json::json!({"text": "lundi", "start": 0, "end": 5})),
        ),
        between(
            "b.txt",
            "accord de prêt",
            Some(serde_json::json!({"text": "12 mars 2024", "value": "2024-03-12"})),
            &[("Mali", "PLACE"), ("BOAD", "ORG")],
        ),
        // Saved by an earlier version: a day without its year as the value.
        between(
            "c.txt",
            "convention",
            Some(serde_json::json!({"text": "1er février", "value": "--02-01"})),
            &[("Tchad", "PLACE"), ("BAD", "ORG")],
        ),
    ]);
    let d = dot(&g, Options::default());
    assert!(
        d.contains("label=\"Programme des Nations\\nunies pour le\\ndéveloppement\\nPNUD\""),
        "{d}"
    );
    assert!(!d.contains("UNDP\""), "a gazetteer alias is not in a label");
    assert!(d.contains("UNDP"), "but it is in the tooltip");
    assert!(d.contains("accord de prêt\\n2024-03-12"));
    assert!(
        !d.contains("lundi") && !d.contains("--02-01") && !d.contains("1er février"),
        "{d}"
    );
    // A legend: one swatch per type shown, the edge styles.
    for want in [
        "organisation</TD>",
        "country or place</TD>",
        "person</TD>",
        "agreement</TD>",
        "dashed line: signatory",
        "3 articles",
    ] {
        assert!(d.contains(want), "{want}");
    }
    assert!(
        !d.contains("ministry</TD>"),
        "no swatch for a type not shown"
    );
}

#[test]
fn tooltips_name_the_first_articles_then_say_how_many_more() {
    let docs: Vec<DocGraph> = (0..417)
        .map(|k| undp_and_niger(&format!("articles/{k:04}.txt"), None))
        .collect();
    let g = corpus(docs);
    let d = dot(&g, Options::default());
    assert!(d.contains("417 articles: articles/0000.txt, articles/0001.txt, articles/0002.txt, articles/0003.txt, articles/0004.txt and 412 more"), "{d}");
    let longest = d.lines().map(str::len).max().unwrap();
    assert!(longest < 2000, "a line of {longest} bytes");
}

#[test]
fn parties_view_links_bodies_that_signed_together() {
    let g = corpus(vec![
        undp_and_niger(
            "a.txt",
            Some(serde_json::json!({"text": "2019", "start": 0, "end": 4, "value": "2019"})),
        ),
        undp_and_niger(
            "b.txt",
            Some(serde_json::json!({"text": "mai 2024", "start": 0, "end": 8, "value": "2024-05"})),
        ),
        record(
            "c.txt",
            &[],
            signing(
                "convention",
                None,
                vec![
                    part("Niger", &[], "PLACE", "party"),
                    part("Banque mondiale", &[], "ORG", "party"),
                    part("Awa Diallo", &[], "PERSON", "signatory"),
                ],
            ),
        ),
    ]);
    let p = g
        .select(&Options {
            view: View::Parties,
            ..Options::default()
        })
        .unwrap();
    let names: Vec<&str> = p.nodes.iter().map(|&i| g.graph[i].label.as_str()).collect();
    assert_eq!(
        names,
        [
            "Banque mondiale",
            "Programme des Nations unies pour le développement",
            "Niger"
        ]
    );
    assert_eq!(p.links.len(), 2);
    let undp = p.links.iter().find(|l| l.weight == 2).unwrap();
    assert_eq!(
        undp.years.iter().map(String::as_str).collect::<Vec<_>>(),
        ["2019", "2024"]
    );
    let d = p.to_dot();
    assert!(d.contains("label=\"2 · 2019, 2024\""), "{d}");
    assert!(d.contains("dir=none") && !d.contains("Aïcha Moussa"), "{d}");
    // Focus on a person: not a node of this view.
    let err = g
        .select(&Options {
            view: View::Parties,
            focus: vec!["Aïcha Moussa".into()],
            ..Options::default()
        })
        .unwrap_err();
    assert!(err.contains("--graph agreements"), "{err}");
}

#[test]
fn focus_min_agreements_and_types_filter() {
    let g = corpus(vec![
        undp_and_niger("a.txt", None),
        undp_and_niger(
            "b.txt",
            Some(serde_json::json!({"text": "2020", "start": 0, "end": 4, "value": "2020"})),
        ),
        between(
            "c.txt",
            "convention",
            None,
            &[("Mali", "PLACE"), ("Banque mondiale", "ORG")],
        ),
    ]);
    let labels = |opts: Options| -> Vec<String> {
        let p = g.select(&opts).unwrap();
        p.nodes
            .iter()
            .filter(|&&i| !g.graph[i].is_agreement())
            .map(|&i| g.graph[i].label.clone())
            .collect()
    };
    // Any name, case and accents folded: the acronym, a gazetteer alias.
    for name in [
        "pnud",
        "UNDP",
        "Programme des nations unies pour le developpement",
    ] {
        assert_eq!(
            labels(Options {
                focus: vec![name.into()],
                ..Options::default()
            }),
            [
                "Programme des Nations unies pour le développement",
                "Aïcha Moussa",
                "Niger"
            ],
            "{name}"
        );
    }
    assert!(g
        .select(&Options {
            focus: vec!["Nowhere Corp".into()],
            ..Options::default()
        })
        .unwrap_err()
        .contains("Nowhere Corp"));
    assert_eq!(
        labels(Options {
            min_agreements: 2,
            ..Options::default()
        }),
        [
            "Programme des Nations unies pour le développement",
            "Aïcha Moussa",
            "Niger"
        ]
    );
    assert_eq!(
        labels(Options {
            types: vec!["PLACE".into()],
            ..Options::default()
        }),
        ["Mali", "Niger"]
    );
}

#[test]
fn the_cap_keeps_the_most_connected_and_says_so() {
    // A hub that signed with 400 bodies, and 50 bodies that signed twice with it.
    let mut docs = Vec::new();
    for k in 0..400 {
        let name = format!("Société {k:03}");
        let pair = [("Banque mondiale", "ORG"), (name.as_str(), "ORG")];
        docs.push(between(&format!("{k}.txt"), "convention", None, &pair));
        if k < 50 {
            docs.push(between(&format!("{k}b.txt"), "accord", None, &pair));
        }
    }
    let g = corpus(docs);
    for view in [View::Agreements, View::Parties] {
        let p = g
            .select(&Options {
                view,
                max_nodes: 60,
                ..Options::default()
            })
            .unwrap();
        assert!(p.nodes.len() <= 60, "{view:?}: {}", p.nodes.len());
        assert!(p
            .nodes
            .iter()
            .any(|&i| g.graph[i].label == "Banque mondiale"));
        // Bodies with one agreement only when all those with two are kept.
        let kept: Vec<&str> = p
            .nodes
            .iter()
            .map(|&i| g.graph[i].label.as_str())
            .filter(|l| l.starts_with("Société"))
            .collect();
        let two = kept.iter().filter(|l| **l < "Société 050").count();
        assert!(two == kept.len() || two == 50, "{view:?}: {kept:?}");
        let d = p.to_dot();
        assert!(
            d.contains("showing ") && d.contains("--max-nodes 0 shows all"),
            "{d}"
        );
        let all = g
            .select(&Options {
                view,
                max_nodes: 0,
                ..Options::default()
            })
            .unwrap();
        assert!(all.note.is_none());
        assert!(all.nodes.len() > 400);
    }
}

#[test]
fn graph_json_agreements_have_structured_fields() {
    let g = corpus(vec![record(
        "a.txt",
        &[],
        serde_json::json!({"type": "signed",
            "agreement": {"text": "accords de prêt", "kind": "accord de prêt", "count": 2},
            "participants": [part("Mali", &[], "PLACE", "party"), part("BOAD", &[], "ORG", "party")],
            "date": {"text": "12 mars 2024", "start": 0, "end": 12, "value": "2024-03-12"},
            "amount": {"text": "5 milliards de FCFA", "start": 0, "end": 5, "value": 5_000_000_000u64, "unit": "XOF"}}),
    )]);
    let v: Value = serde_json::from_str(&g.to_json()).unwrap();
    let a = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["type"] == "AGREEMENT")
        .unwrap();
    assert_eq!(a["kind"], "accord de prêt");
    assert_eq!(a["date"], "2024-03-12");
    assert_eq!(
        a["amounts"],
        serde_json::json!([{"value": 5_000_000_000u64, "unit": "XOF"}])
    );
    assert_eq!(a["count"], 2);
    assert_eq!(a["texts"], serde_json::json!(["accords de prêt"]));
    let m = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["label"] == "Mali")
        .unwrap();
    assert_eq!(m["agreements"], 1);
}

#[test]
fn graphml_and_csv_hold_every_node_and_edge() {
    let g = corpus(vec![undp_and_niger("a, \"quoted\".txt", None)]);
    let p = g.select(&Options::default()).unwrap();
    let xml = p.to_graphml();
    // Key ids are unique and every data key is declared.
    let keys: Vec<&str> = xml
        .split("<key id=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    let unique: BTreeSet<&&str> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len());
    for used in xml
        .split("<data key=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
    {
        assert!(keys.contains(&used), "{used}");
    }
    assert_eq!(xml.matches("<node id=").count(), p.nodes.len());
    assert_eq!(xml.matches("<edge id=").count(), p.links.len());
    assert!(xml.contains("a, &quot;quoted&quot;.txt"));
    let csv = p.to_csv();
    assert!(csv.nodes.starts_with("id:ID,name,:LABEL,"));
    assert!(csv.edges.starts_with(":START_ID,:END_ID,:TYPE,"));
    assert_eq!(csv.nodes.lines().count(), p.nodes.len() + 1);
    assert_eq!(csv.edges.lines().count(), p.links.len() + 1);
    assert!(csv.edges.contains(",PARTY_TO,") && csv.edges.contains(",SIGNED,"));
    assert!(
        csv.nodes.contains("\"a, \"\"quoted\"\".txt\""),
        "{}",
        csv.nodes
    );
}
