//! Nothing lost, nothing crashes: the binary over a folder of hostile files.
//!
//! One folder holds a file of every awkward kind (empty, byte-order mark,
//! CRLF, Windows-1252, NFD accents, binary with NULs, UTF-16LE, one huge
//! token, a long run of capitalised words, deeply nested parentheses, a long
//! enumeration of names, a long line without punctuation, a lot of
//! real-looking text). paraphe must write exactly one record per file, an
//! error record exactly for the binary file, nothing that looks like a panic
//! on standard error, valid offsets everywhere, and the same bytes with `-j 1`
//! as with `-j 2`. Malformed JSON Lines input and malformed gazetteers are
//! checked here too.
//!
//! Sizes: by default the files that still cost more than linear time in a
//! debug build are smaller than the (10,000 capitalised words instead
//! of 400,000, 256 KB of articles instead of 20 MB), so that this file runs in
//! seconds. `PARAPHE_BIG_TESTS=1 cargo test --release --test hostile` uses the
//! full sizes.

mod common;

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_paraphe");

fn big() -> bool {
    std::env::var("PARAPHE_BIG_TESTS").is_ok_and(|v| v == "1")
}

/// What one run of the binary left behind.
struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

/// Runs paraphe with `args`, output to a file (so a large output cannot block
/// a pipe), killing it after `limit`.
fn run(args: &[&str], stdin: Option<&Path>, limit: Duration) -> Run {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out.jsonl");
    let err = dir.path().join("err.txt");
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .arg("-o")
        .arg(&out)
        .env("RUST_BACKTRACE", "1")
        .stdout(Stdio::null())
        .stderr(fs::File::create(&err).expect("stderr file"));
    match stdin {
        Some(p) => cmd.stdin(fs::File::open(p).expect("stdin file")),
        None => cmd.stdin(Stdio::null()),
    };
    let mut child = cmd.spawn().expect("paraphe starts");
    let t0 = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if t0.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("paraphe {args:?} took more than {limit:?} (super-linear work?)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: fs::read(&out).unwrap_or_default(),
        stderr: fs::read_to_string(&err).unwrap_or_default(),
    }
}

/// Without `-o`, for runs that must fail before any output is opened.
fn run_plain(args: &[&str]) -> Run {
    let o = Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("paraphe starts");
    Run {
        code: o.status.code().unwrap_or(-1),
        stdout: o.stdout,
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

fn assert_no_panic(r: &Run) {
    for bad in ["panicked", "RUST_BACKTRACE", "stack backtrace", "overflow"] {
        assert!(
            !r.stderr.contains(bad),
            "standard error shows a crash ({bad}):\n{}",
            r.stderr
        );
    }
}

fn records(stdout: &[u8]) -> Vec<Value> {
    let s = std::str::from_utf8(stdout).expect("output is UTF-8");
    s.lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l:.200}"))
        })
        .collect()
}

/// A small deterministic generator (xorshift64*), so the binary file is the same every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

const SIGNING: &str = "Le Maroc et la Banque mondiale ont signé jeudi à Rabat un accord de prêt de 50 millions d’euros.";

/// Writes the hostile files into `dir`; returns (file name, is binary).
fn build_folder(dir: &Path) -> Vec<(String, bool)> {
    let mut files: Vec<(String, Vec<u8>, bool)> = Vec::new();
    let mut add =
        |name: &str, bytes: Vec<u8>, binary: bool| files.push((name.to_string(), bytes, binary));

    add("empty.txt", Vec::new(), false);
    add(
        "bom.txt",
        [&[0xEF, 0xBB, 0xBF][..], SIGNING.as_bytes()].concat(),
        false,
    );
    add("crlf.txt", "Titre sans point\r\nLe ministère des Finances\r\na signé une convention\r\n\r\navec l’AFD le 1er février 2024.\r\n".as_bytes().to_vec(), false);
    // Windows-1252: é as 0xE9, È as 0xC8, ’ as 0x92.
    add("cp1252.txt", b"Le minist\xe8re de l'\xc9conomie et la Banque mondiale ont sign\xe9 un accord \x92 Qu\xe9bec.".to_vec(), false);
    add("nfd.txt", "Le ministe\u{300}re de l’E\u{301}conomie et la Co\u{302}te d’Ivoire ont signe\u{301} une convention a\u{300} Abidjan.".as_bytes().to_vec(), false);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut bin: Vec<u8> = (0..65_536).map(|_| rng.next() as u8).collect();
    bin[0] = 0x7F; // not a UTF-16 byte-order mark
    for b in bin.iter_mut().step_by(97) {
        *b = 0;
    }
    add("binary.txt", bin, true);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(SIGNING.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    add("utf16le.txt", utf16, false);
    add("huge_token.txt", "a".repeat(3_000_000).into_bytes(), false);
    let caps = [
        "Banque",
        "Mondiale",
        "Maroc",
        "Agence",
        "Fonds",
        "Sénégal",
        "Nations",
        "Unies",
        "PNUD",
        "BAD",
    ];
    let n_caps = if big() { 400_000 } else { 10_000 };
    add(
        "capitalised.txt",
        (0..n_caps)
            .map(|i| caps[i % caps.len()])
            .collect::<Vec<_>>()
            .join(" ")
            .into_bytes(),
        false,
    );
    add(
        "parentheses.txt",
        format!(
            "{}la Banque mondiale (BM){}",
            "(".repeat(100_000),
            ")".repeat(100_000)
        )
        .into_bytes(),
        false,
    );
    let names: Vec<String> = (0..50_000)
        .map(|k| {
            format!(
                "Nom{}",
                k.to_string()
                    .bytes()
                    .map(|d| (b'A' + d - b'0') as char)
                    .collect::<String>()
            )
        })
        .collect();
    add(
        "enumeration.txt",
        format!(
            "Le Maroc a signé un accord avec {} et la BAD.",
            names.join(", ")
        )
        .into_bytes(),
        false,
    );
    let words = [
        "le",
        "ministre",
        "de",
        "l’Économie",
        "a",
        "signé",
        "un",
        "accord",
        "avec",
        "la",
        "Banque",
        "mondiale",
        "pour",
        "le",
        "Maroc",
        "et",
        "Ahmed",
        "Diallo",
        "convention",
        "entre",
        "ministère",
        "des",
        "Finances",
        "trois",
        "cent",
        "millions",
        "d’euros",
        "jeudi",
        "en",
        "présence",
        "du",
    ];
    let mut line = String::new();
    let mut k = 0usize;
    while line.len() < 1_000_000 {
        line.push_str(words[(k * 7919) % words.len()]);
        line.push(' ');
        k += 1;
    }
    add("long_line.txt", line.into_bytes(), false);
    // Real-looking text: the fixture articles, again and again.
    let mut arts: Vec<PathBuf> =
        fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"))
            .expect("fixtures")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
    arts.sort();
    let arts: Vec<String> = arts
        .iter()
        .map(|p| fs::read_to_string(p).expect("fixture"))
        .collect();
    let target = if big() { 20_000_000 } else { 256_000 };
    let mut real = String::with_capacity(target + 10_000);
    let mut i = 0;
    while real.len() < target {
        real.push_str(&arts[i % arts.len()]);
        real.push_str("\n\n");
        i += 1;
    }
    add("real_text.txt", real.into_bytes(), false);

    for (name, bytes, _) in &files {
        fs::write(dir.join(name), bytes).expect("write");
    }
    let mut out: Vec<(String, bool)> = files.into_iter().map(|(n, _, b)| (n, b)).collect();
    out.sort();
    out
}

#[test]
fn hostile_folder_gives_one_valid_record_per_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = build_folder(dir.path());
    let folder = dir.path().to_str().expect("UTF-8 temp path");
    let limit = Duration::from_secs(if big() { 600 } else { 240 });

    let r2 = run(&["-j", "2", folder], None, limit);
    assert_no_panic(&r2);
    assert!(
        r2.code == 0 || r2.code == 1,
        "exit code {}; stderr:\n{}",
        r2.code,
        r2.stderr
    );
    assert_eq!(
        r2.code, 1,
        "the binary file is an error, so the exit code is 1"
    );
    let recs = records(&r2.stdout);
    assert_eq!(recs.len(), files.len(), "one record per file");

    for ((name, binary), rec) in files.iter().zip(&recs) {
        let path = dir.path().join(name);
        assert_eq!(
            rec["doc"].as_str(),
            path.to_str(),
            "records come in path order"
        );
        let is_error = rec.get("error").is_some();
        assert_eq!(
            is_error, *binary,
            "{name}: error record {is_error}, binary {binary}: {rec:.300}"
        );
        if is_error {
            assert!(
                rec["error"].as_str().is_some_and(|e| e.contains("binary")),
                "{name}: {rec}"
            );
            continue;
        }
        let dec = paraphe::input::decode(&fs::read(&path).expect("read back")).expect("decodes");
        let text = paraphe::text::Text::new(&dec.text);
        if let Err(e) = common::check_record(text.as_str(), rec) {
            panic!("{name}: {e}");
        }
        let enc = rec.get("encoding").and_then(Value::as_str);
        let want = match name.as_str() {
            "cp1252.txt" => Some("windows-1252"),
            "utf16le.txt" => Some("utf-16le"),
            _ => None,
        };
        assert_eq!(enc, want, "{name}: encoding");
    }
    // The signing sentence survives every encoding.
    for name in ["bom.txt", "utf16le.txt"] {
        let k = files.iter().position(|(n, _)| n == name).expect("file");
        let ents = recs[k]["entities"].as_array().expect("entities");
        assert!(
            ents.iter().any(|e| e["text"] == "Banque mondiale"),
            "{name}: {ents:?}"
        );
        assert_eq!(
            recs[k]["relations"].as_array().map(Vec::len),
            Some(1),
            "{name}"
        );
    }
    let nfd = files
        .iter()
        .position(|(n, _)| n == "nfd.txt")
        .expect("file");
    assert!(
        recs[nfd]["entities"]
            .as_array()
            .expect("entities")
            .iter()
            .any(|e| e["text"] == "Côte d’Ivoire"),
        "NFD text is matched after NFC: {}",
        recs[nfd]
    );

    let r1 = run(&["-j", "1", folder], None, limit);
    assert_no_panic(&r1);
    assert_eq!(r1.code, r2.code);
    assert!(r1.stdout == r2.stdout, "-j 1 and -j 2 outputs differ");
}

#[test]
fn malformed_jsonl_lines_become_error_records_and_reading_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("in.jsonl");
    let mut data = Vec::new();
    data.extend_from_slice(format!("{{\"id\": \"a\", \"text\": \"{SIGNING}\"}}\n").as_bytes());
    data.extend_from_slice(b"{\"id\": \"broken\", \"text\": \"no end\n");
    data.extend_from_slice(b"\n   \n");
    data.extend_from_slice(
        b"{\"id\": 2, \"text\": \"La BAD signe avec le S\\u00e9n\\u00e9gal.\"}\r\n",
    );
    data.extend_from_slice(b"\xff\xfe not UTF-8\n");
    data.extend_from_slice(b"{\"id\": \"notext\"}\n");
    data.extend_from_slice(b"{\"id\": \"nul\", \"text\": \"a\\u0000b\"}\n");
    data.extend_from_slice(b"[1, 2, 3]\n");
    data.extend_from_slice(b"{\"text\": \"Le PNUD.\"}");
    fs::write(&input, &data).expect("write");
    let name = input.to_str().expect("UTF-8 path");
    let expect: [(&str, bool); 8] = [
        ("a", false),
        (&format!("{name}:2"), true),
        ("2", false),
        (&format!("{name}:6"), true),
        ("notext", true),
        ("nul", true),
        (&format!("{name}:9"), true),
        (&format!("{name}:10"), false),
    ];
    for (args, stdin) in [
        (vec!["--input", "jsonl", name], None),
        (vec!["--input", "jsonl"], Some(input.as_path())),
    ] {
        let r = run(&args, stdin, Duration::from_secs(60));
        assert_no_panic(&r);
        assert_eq!(r.code, 1, "{}", r.stderr);
        let recs = records(&r.stdout);
        assert_eq!(recs.len(), expect.len(), "{recs:?}");
        for (rec, (id, err)) in recs.iter().zip(expect.iter()) {
            let id = if stdin.is_some() {
                id.replace(name, "-")
            } else {
                id.to_string()
            };
            assert_eq!(rec["doc"].as_str(), Some(id.as_str()), "{rec}");
            assert_eq!(rec.get("error").is_some(), *err, "{rec}");
        }
        assert_eq!(recs[0]["relations"].as_array().map(Vec::len), Some(1));
    }
}

/// A gazetteer file with `body`; paraphe must exit 2 with a message naming
/// the file and `line`, and no panic.
fn gazetteer_error(body: &[u8], line: usize, what: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let gaz = dir.path().join("mine.tsv");
    fs::write(&gaz, body).expect("write");
    let doc = dir.path().join("doc.txt");
    fs::write(&doc, SIGNING).expect("write");
    let r = run_plain(&[
        "--gazetteer",
        gaz.to_str().expect("path"),
        doc.to_str().expect("path"),
    ]);
    assert_no_panic(&r);
    assert_eq!(r.code, 2, "{what}: exit code; stderr: {}", r.stderr);
    assert!(r.stdout.is_empty(), "{what}: no output on a usage error");
    let want = format!("{}:{line}:", gaz.display());
    assert!(
        r.stderr.contains(&want),
        "{what}: stderr should name {want}: {}",
        r.stderr
    );
    assert_eq!(
        r.stderr.lines().count(),
        1,
        "{what}: one clear line: {}",
        r.stderr
    );
}

#[test]
fn malformed_gazetteers_are_usage_errors_naming_file_and_line() {
    gazetteer_error(
        b"# mine\nBanque Z\xc3\xa9phyr\tORG\nlonely\n",
        3,
        "one column",
    );
    gazetteer_error(b"A\tORG\tB\ttags\textra\n", 1, "five columns");
    gazetteer_error(b"\n\nBanque Z\tTHING\n", 3, "unknown type");
    gazetteer_error(b"Banque Z\tFIGURE\n", 1, "FIGURE is not a gazetteer type");
    gazetteer_error(b"ok\tORG\n\tORG\n", 2, "empty text");
    gazetteer_error(b"ok\tORG\nBanque \xe9\tORG\n", 2, "invalid UTF-8");
    gazetteer_error(
        b"\xef\xbb\xbf# comment\nok\tORG\nx\tY\n",
        3,
        "byte-order mark, then a bad type",
    );
}

#[test]
fn gazetteer_with_blank_lines_comments_and_crlf_works() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gaz = dir.path().join("ok.tsv");
    // A byte-order mark before the first entry, as Windows editors write it.
    fs::write(&gaz, "\u{feff}Banque Zéphyr\tORG\t\t\r\n# a comment\r\n\r\n   \r\nFonds Quetzal\tORG\tFonds Quetzal international\tintl\n").expect("write");
    let doc = dir.path().join("doc.txt");
    fs::write(
        &doc,
        "La Banque Zéphyr et le Fonds Quetzal ont signé un accord.",
    )
    .expect("write");
    let r = run(
        &[
            "--gazetteer",
            gaz.to_str().expect("path"),
            doc.to_str().expect("path"),
        ],
        None,
        Duration::from_secs(60),
    );
    assert_no_panic(&r);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let recs = records(&r.stdout);
    let ents = recs[0]["entities"].as_array().expect("entities");
    for name in ["Banque Zéphyr", "Fonds Quetzal"] {
        assert!(
            ents.iter()
                .any(|e| e["text"] == name && e["rule"] == "gazetteer:ok.tsv"),
            "{name}: {ents:?}"
        );
    }
}

#[test]
fn missing_gazetteer_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gaz = dir.path().join("absent.tsv");
    let r = run_plain(&["--gazetteer", gaz.to_str().expect("path")]);
    assert_no_panic(&r);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(gaz.to_str().expect("path")),
        "{}",
        r.stderr
    );
}
