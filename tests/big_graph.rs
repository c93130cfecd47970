//! The graph at scale: 10,000 generated articles, extracted, then both graph
//! views rendered with the real Graphviz `dot`, each in under a minute.
//! Slow for a test (10 to 20 s), so it runs only with PARAPHE_BIG_TESTS=1
//! (`.ci/run` runs it so: `PARAPHE_BIG_TESTS=1 cargo test --test big_graph`,
//! as the variable also gives tests/hostile.rs its release-build sizes). `PARAPHE_BIG_TESTS=keep cargo test --test big_graph
//! -- --nocapture` prints the times and keeps the files (corpus, saved
//! output, DOT and SVG) in the folder it names.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift), so every run sees the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }

    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

const COUNTRIES: &[&str] = &[
    "Sénégal",
    "Mali",
    "Niger",
    "Bénin",
    "Togo",
    "Burkina Faso",
    "Côte d’Ivoire",
    "Cameroun",
    "Gabon",
    "Tchad",
    "Maroc",
    "Tunisie",
    "Algérie",
    "Mauritanie",
    "Guinée",
    "Rwanda",
    "Burundi",
    "Madagascar",
    "Djibouti",
    "Comores",
    "France",
    "Belgique",
    "Canada",
    "Suisse",
    "Luxembourg",
    "Italie",
    "Espagne",
    "Portugal",
    "Allemagne",
    "Japon",
    "Chine",
    "Égypte",
    "Ghana",
    "Nigeria",
    "Kenya",
];

const LENDERS: &[&str] = &[
    "Banque mondiale",
    "Agence française de développement",
    "Banque africaine de développement",
    "Banque ouest-africaine de développement",
    "Banque islamique de développement",
    "Fonds monétaire international",
    "Programme des Nations unies pour le développement",
    "Union européenne",
    "Banque européenne d’investissement",
    "Agence japonaise de coopération internationale",
    "Banque arabe pour le développement économique en Afrique",
    "Organisation mondiale de la santé",
    "Fonds des Nations unies pour l’enfance",
    "Agence belge de développement",
];

/// Cities that take `de` (none starts with a vowel).
const CITIES: &[&str] = &[
    "Dakar",
    "Thiès",
    "Kaolack",
    "Ziguinchor",
    "Louga",
    "Kolda",
    "Bamako",
    "Ségou",
    "Sikasso",
    "Mopti",
    "Kayes",
    "Gao",
    "Niamey",
    "Zinder",
    "Maradi",
    "Tahoua",
    "Dosso",
    "Cotonou",
    "Parakou",
    "Porto-Novo",
    "Lomé",
    "Kara",
    "Sokodé",
    "Ouagadougou",
    "Bobo-Dioulasso",
    "Koudougou",
    "Bouaké",
    "Korhogo",
    "San-Pédro",
    "Man",
    "Douala",
    "Yaoundé",
    "Garoua",
    "Bafoussam",
    "Libreville",
    "Franceville",
    "Port-Gentil",
    "Rabat",
    "Casablanca",
    "Fès",
    "Marrakech",
    "Meknès",
    "Kénitra",
    "Tétouan",
    "Tanger",
    "Tunis",
    "Sfax",
    "Sousse",
    "Bizerte",
    "Gabès",
    "Blida",
    "Tlemcen",
    "Béjaïa",
    "Constantine",
    "Nouakchott",
    "Nouadhibou",
    "Conakry",
    "Kankan",
    "Kigali",
    "Toamasina",
    "Lyon",
    "Marseille",
    "Toulouse",
    "Lille",
    "Bordeaux",
    "Nantes",
    "Strasbourg",
    "Montpellier",
    "Rennes",
    "Grenoble",
    "Nice",
    "Dijon",
    "Reims",
    "Brest",
    "Liège",
    "Namur",
    "Mons",
    "Charleroi",
    "Montréal",
    "Sherbrooke",
    "Québec",
    "Gatineau",
    "Genève",
    "Lausanne",
    "Fribourg",
    "Neuchâtel",
];

/// Bodies named after their city, with the article a sentence starts with.
const INSTITUTIONS: &[(&str, &str)] = &[
    ("L’Université", "l’Université"),
    ("La Chambre de commerce", "la Chambre de commerce"),
    (
        "L’Institut supérieur de technologie",
        "l’Institut supérieur de technologie",
    ),
    (
        "L’École nationale d’ingénieurs",
        "l’École nationale d’ingénieurs",
    ),
];

const FIRST: &[&str] = &[
    "Aminata",
    "Moussa",
    "Fatou",
    "Ibrahima",
    "Mariam",
    "Oumar",
    "Khadija",
    "Youssef",
    "Awa",
    "Cheikh",
    "Aïssata",
    "Boubacar",
    "Nadia",
    "Karim",
    "Salimata",
    "Abdoulaye",
    "Mireille",
    "Jean-Claude",
    "Rokia",
    "Seydou",
];

const LAST: &[&str] = &[
    "Diallo",
    "Traoré",
    "Koné",
    "Ndiaye",
    "Ouédraogo",
    "Sow",
    "Camara",
    "Keïta",
    "Sylla",
    "Bamba",
    "Touré",
    "Cissé",
    "Diop",
    "Fall",
    "Kaboré",
    "Sanogo",
    "Mbaye",
    "Coulibaly",
    "Barry",
    "Diarra",
    "Dembélé",
    "Konaté",
    "Sangaré",
    "Tall",
    "Gueye",
];

const MONTHS: &str =
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre";

/// One article, written from a few sentence patterns of news about signings.
fn article(r: &mut Rng, k: usize) -> String {
    let person = |r: &mut Rng| format!("{} {}", r.pick(FIRST), r.pick(LAST));
    let date = |r: &mut Rng| {
        let d = r.range(1, 28);
        let m = r.pick(&MONTHS.split(' ').collect::<Vec<_>>());
        format!("{d} {m} {}", r.range(2015, 2025))
    };
    let (p1, p2) = (person(r), person(r));
    match k % 3 {
        0 | 1 => {
            let kind = r.pick(&[
                "un accord de prêt",
                "une convention de financement",
                "un protocole d’accord",
                "un accord de don",
            ]);
            format!(
                "Article {k}. Le gouvernement du {} et la {} ont signé le {} {kind} de {} millions \
                 d’euros. Le document a été signé par le ministre de l’Économie et des Finances, \
                 {p1}, et par le représentant de l’institution, {p2}.\n",
                r.pick(COUNTRIES),
                r.pick(LENDERS),
                date(r),
                r.range(2, 900)
            )
        }
        _ => {
            let (first, _) = INSTITUTIONS[(r.next() % 4) as usize];
            let city = r.pick(CITIES);
            let other = if r.next() % 2 == 0 {
                format!("le groupe {} Industries", r.pick(LAST))
            } else {
                let (_, inst) = INSTITUTIONS[(r.next() % 4) as usize];
                format!("{inst} de {}", r.pick(CITIES))
            };
            format!(
                "Article {k}. {first} de {city} et {other} ont signé le {} une convention de \
                 partenariat pour la formation des techniciens. La convention a été signée par \
                 le directeur, {p1}, et par la présidente, {p2}.\n",
                date(r)
            )
        }
    }
}

fn paraphe(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_paraphe"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "paraphe {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn render(dot_file: &Path, svg: &Path) -> Duration {
    let t = Instant::now();
    let out = Command::new("dot")
        .arg("-Tsvg")
        .arg(dot_file)
        .arg("-o")
        .arg(svg)
        .output()
        .expect("Graphviz `dot` must be installed for PARAPHE_BIG_TESTS");
    let took = t.elapsed();
    assert!(
        out.status.success(),
        "dot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

#[test]
fn both_views_of_ten_thousand_articles_render_in_under_a_minute() {
    if std::env::var_os("PARAPHE_BIG_TESTS").is_none() {
        eprintln!("NOTICE: the 10,000-article graph test is skipped; set PARAPHE_BIG_TESTS=1");
        return;
    }
    let d = tempfile::tempdir().unwrap();
    let keep = std::env::var_os("PARAPHE_BIG_TESTS").is_some_and(|v| v == "keep");
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut corpus = String::new();
    for k in 0..10_000 {
        let rec =
            serde_json::json!({"id": format!("gen/{k:05}.txt"), "text": article(&mut rng, k)});
        corpus.push_str(&rec.to_string());
        corpus.push('\n');
    }
    let input = d.path().join("corpus.jsonl");
    std::fs::write(&input, corpus).unwrap();
    let saved = d.path().join("saved.jsonl");
    let t = Instant::now();
    paraphe(&[
        "-q",
        "--input",
        "jsonl",
        "-o",
        saved.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    eprintln!(
        "extraction of 10,000 articles: {:.1} s",
        t.elapsed().as_secs_f64()
    );
    for view in ["agreements", "parties"] {
        let dot_file = d.path().join(format!("{view}.dot"));
        let t = Instant::now();
        paraphe(&[
            "graph",
            "--graph",
            view,
            "-o",
            dot_file.to_str().unwrap(),
            saved.to_str().unwrap(),
        ]);
        let graph_time = t.elapsed();
        let text = std::fs::read_to_string(&dot_file).unwrap();
        assert!(text.contains("10,000 articles"), "{view}");
        assert!(
            text.contains("--max-nodes 0 shows all"),
            "{view}: the cap is said in the label"
        );
        let nodes = text.lines().filter(|l| l.contains("[label=")).count();
        assert!(nodes <= 300, "{view}: {nodes} nodes");
        let took = render(&dot_file, &d.path().join(format!("{view}.svg")));
        let note = text
            .split("<BR/>")
            .nth(1)
            .and_then(|t| t.split("</TD>").next());
        eprintln!(
            "{view} view: {nodes} nodes ({}), paraphe graph {:.1} s, dot -Tsvg {:.1} s",
            note.unwrap_or(""),
            graph_time.as_secs_f64(),
            took.as_secs_f64()
        );
        assert!(took < Duration::from_secs(60), "{view}: dot took {took:?}");
    }
    if keep {
        eprintln!("files kept in {}", d.keep().display());
    }
}
