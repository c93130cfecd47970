//! The command line: inputs, encodings, error records, exit codes, output
//! order and determinism, the graph formats and `paraphe graph`.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_paraphe"))
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut c = bin();
    c.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(b) = stdin {
        input.write_all(b).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

/// Says on standard error, past the test harness (which hides what a
/// passing test prints), that a check was skipped.
fn notice(msg: &str) {
    let _ = writeln!(std::io::stderr(), "NOTICE: {msg}");
}

/// Asserts a run ended with exit code 0, showing its standard error if not.
fn assert_ok(o: &Output) {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

const ARTICLE: &str = "Le Bénin et l’Agence française de développement (AFD) ont signé lundi à Cotonou une convention de financement de 20 milliards de FCFA.\n";

#[test]
fn folder_is_read_recursively_in_path_order_with_one_record_each() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "b.txt", ARTICLE.as_bytes());
    write(d.path(), "a/c.txt", b"Le Togo signe.");
    write(d.path(), "a/skip.md", b"ignored");
    let o = run(&[d.path().to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0));
    let recs = lines(&o);
    let docs: Vec<&str> = recs.iter().map(|r| r["doc"].as_str().unwrap()).collect();
    assert_eq!(docs.len(), 2);
    assert!(
        docs[0].ends_with("a/c.txt") && docs[1].ends_with("b.txt"),
        "{docs:?}"
    );
    assert_eq!(recs[1]["relations"].as_array().unwrap().len(), 1);
}

#[test]
fn ext_option_selects_other_files() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "x.md", ARTICLE.as_bytes());
    write(d.path(), "y.txt", ARTICLE.as_bytes());
    let o = run(&["--ext", "md", d.path().to_str().unwrap()], None);
    let recs = lines(&o);
    assert_eq!(recs.len(), 1);
    assert!(recs[0]["doc"].as_str().unwrap().ends_with("x.md"));
}

#[test]
fn stdin_is_read_when_no_path_is_given() {
    let o = run(&[], Some(ARTICLE.as_bytes()));
    let recs = lines(&o);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["doc"], "-");
    let o = run(&["-"], Some(ARTICLE.as_bytes()));
    assert_eq!(lines(&o)[0]["doc"], "-");
}

#[test]
fn offsets_are_code_points_of_the_nfc_text_without_bom() {
    // A BOM, a decomposed accent, CRLF and an emoji before the entity.
    let text = "\u{FEFF}Cafe\u{301} 🌍\r\nLe Bénin avance.";
    let o = run(&[], Some(text.as_bytes()));
    let rec = &lines(&o)[0];
    let e = rec["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "Bénin")
        .unwrap()
        .clone();
    let nfc: Vec<char> = "Café 🌍\r\nLe Bénin avance.".chars().collect();
    let (s, t) = (
        e["start"].as_u64().unwrap() as usize,
        e["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(nfc[s..t].iter().collect::<String>(), "Bénin");
    assert!(e["byte_start"].as_u64().unwrap() as usize > s);
}

#[test]
fn windows_1252_is_decoded_and_said() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "latin.txt",
        b"Le minist\xe8re de l'\xc9conomie et le S\xe9n\xe9gal.",
    );
    let o = run(&[d.path().join("latin.txt").to_str().unwrap()], None);
    let rec = &lines(&o)[0];
    assert_eq!(rec["encoding"], "windows-1252");
    assert!(rec["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["text"] == "Sénégal"));
}

#[test]
fn bad_inputs_get_error_records_and_exit_1() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "good.txt", ARTICLE.as_bytes());
    write(d.path(), "zbinary.txt", b"\x00\x01\x02PK\x00");
    let missing = d.path().join("nope.txt");
    let o = run(
        &[d.path().to_str().unwrap(), missing.to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let recs = lines(&o);
    assert_eq!(recs.len(), 3);
    assert!(recs[0].get("error").is_none());
    assert!(recs[1]["error"].as_str().unwrap().contains("binary"));
    assert!(recs[2]["error"].as_str().unwrap().contains("no such file"));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    // -q keeps standard error quiet but the records are still there.
    let o = run(&["-q", d.path().to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stderr.is_empty());
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["--format", "nope"], None).status.code(), Some(2));
    assert_eq!(run(&["--no-such-flag"], None).status.code(), Some(2));
    let o = run(&["--gazetteer", "/no/such/file.tsv"], Some(b""));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/no/such/file.tsv"));
}

#[test]
fn jsonl_input_keeps_ids_and_reports_bad_lines() {
    let input = format!(
        "{}\n{{not json\n{}\n",
        serde_json::json!({"id": "art-1", "text": ARTICLE}),
        serde_json::json!({"id": 2, "text": "Le Mali et le Niger ont signé un traité."})
    );
    let o = run(&["--input", "jsonl"], Some(input.as_bytes()));
    assert_eq!(o.status.code(), Some(1));
    let recs = lines(&o);
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["doc"], "art-1");
    assert_eq!(recs[1]["doc"], "-:2");
    assert!(recs[1]["error"].is_string());
    assert_eq!(recs[2]["doc"], "2");
}

/// A JSON Lines source that cannot be read (here a path that does not
/// exist) gets an error record, and the sources after it are still read.
#[test]
fn unreadable_jsonl_source_gets_a_record_and_the_next_is_read() {
    let d = tempfile::tempdir().unwrap();
    let missing = d.path().join("missing.jsonl");
    let good = d.path().join("good.jsonl");
    fs::write(
        &good,
        "{\"id\":\"g\",\"text\":\"Le Bénin a signé un accord.\"}\n",
    )
    .unwrap();
    let o = run(
        &[
            "--input",
            "jsonl",
            missing.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let recs = lines(&o);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["doc"], missing.to_str().unwrap());
    assert!(recs[0]["error"].as_str().unwrap().contains("cannot read"));
    assert_eq!(recs[1]["doc"], "g");
}

#[test]
fn output_is_identical_whatever_the_number_of_threads() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let one = run(&["-j", "1", dir], None);
    let two = run(&["-j", "2", dir], None);
    let four = run(&["-j", "4", dir], None);
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, four.stdout);
}

#[test]
fn output_file_option() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out.jsonl");
    let o = run(&["-o", out.to_str().unwrap()], Some(ARTICLE.as_bytes()));
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    assert!(std::fs::read_to_string(out).unwrap().contains("\"signed\""));
}

#[test]
fn a_rejected_gazetteer_leaves_the_output_file_untouched() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "bad.tsv", b"Banque Z\tTHING\n");
    let out = d.path().join("out.jsonl");
    std::fs::write(&out, "records of an earlier run\n").unwrap();
    let o = run(
        &[
            "--gazetteer",
            d.path().join("bad.tsv").to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        Some(ARTICLE.as_bytes()),
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "records of an earlier run\n"
    );
    // Without a user gazetteer the output is opened early, and still replaced.
    let o = run(&["-o", out.to_str().unwrap()], Some(ARTICLE.as_bytes()));
    assert_eq!(o.status.code(), Some(0));
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(!written.contains("earlier run") && written.contains("\"signed\""));
}

#[test]
fn user_gazetteer_adds_entities() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "mine.tsv",
        "# my list\nZorglub Industries\tORG\t\tcompany\n".as_bytes(),
    );
    let o = run(
        &["--gazetteer", d.path().join("mine.tsv").to_str().unwrap()],
        Some("Les usines de Zorglub Industries ferment.".as_bytes()),
    );
    let rec = &lines(&o)[0];
    let e = rec["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "Zorglub Industries")
        .unwrap()
        .clone();
    // The rule names the file.
    assert_eq!(e["rule"], "gazetteer:mine.tsv");
}

#[test]
fn graph_from_saved_output_equals_direct_graph() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let d = tempfile::tempdir().unwrap();
    let saved = d.path().join("saved.jsonl");
    assert_eq!(
        run(&["-o", saved.to_str().unwrap(), dir], None)
            .status
            .code(),
        Some(0)
    );
    for (fmt, sub) in [("dot", "dot"), ("graph-json", "graph-json")] {
        let direct = run(&["--format", fmt, dir], None);
        let from_saved = run(&["graph", "--format", sub, saved.to_str().unwrap()], None);
        assert_eq!(direct.status.code(), Some(0));
        assert_eq!(from_saved.status.code(), Some(0));
        assert!(!direct.stdout.is_empty());
        assert_eq!(direct.stdout, from_saved.stdout, "{fmt}");
    }
    // Shards merge: the same file twice gives the same nodes.
    let twice = run(
        &[
            "graph",
            "--format",
            "graph-json",
            saved.to_str().unwrap(),
            saved.to_str().unwrap(),
        ],
        None,
    );
    let once = run(
        &["graph", "--format", "graph-json", saved.to_str().unwrap()],
        None,
    );
    let n = |o: &Output| {
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()["nodes"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(n(&twice), n(&once));
}

#[test]
fn graph_reports_bad_lines_and_exits_1() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "bad.jsonl",
        b"{\"doc\": \"x\", \"entities\": [], \"relations\": []}\nnot json\n",
    );
    let o = run(
        &["graph", d.path().join("bad.jsonl").to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("bad.jsonl:2"));
    // Nothing on standard output: `| dot -Tsvg > graph.svg` must not get an empty graph.
    assert!(o.stdout.is_empty());
}

#[test]
fn graph_writes_nothing_when_a_file_is_missing() {
    let d = tempfile::tempdir().unwrap();
    let o = run(
        &["graph", d.path().join("nope.jsonl").to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("nope.jsonl"));
    // Nor into -o: an earlier graph stays.
    let out = d.path().join("graph.dot");
    fs::write(&out, "digraph earlier {}\n").unwrap();
    let o = run(
        &[
            "graph",
            "-o",
            out.to_str().unwrap(),
            d.path().join("nope.jsonl").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(fs::read_to_string(&out).unwrap(), "digraph earlier {}\n");
}

#[test]
fn closed_pipe_ends_quietly() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut child = bin()
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert!(o.status.code().is_some_and(|c| c == 0), "{:?}", o.status);
    assert!(!String::from_utf8_lossy(&o.stderr).contains("panicked"));
}

/// Many small articles on more threads than cores, repeatedly: the pipeline
/// once deadlocked when a worker held unsent results while it waited for the
/// queue another worker was waiting on. Each run must end (well within the
/// deadline) with one record per article, in order.
#[test]
fn many_articles_on_several_threads_never_hang() {
    let dir = tempfile::tempdir().unwrap();
    for k in 0..600 {
        let text =
            format!("Article {k}. Le Maroc et la Banque mondiale ont signé un accord à Rabat.\n");
        write(dir.path(), &format!("a{k:04}.txt"), text.as_bytes());
    }
    for jobs in ["2", "3", "4"] {
        for _ in 0..5 {
            let mut child = bin()
                .args(["-q", "-j", jobs])
                .arg(dir.path())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap();
            let mut out = String::new();
            let reader = {
                let mut stdout = child.stdout.take().unwrap();
                std::thread::spawn(move || {
                    std::io::Read::read_to_string(&mut stdout, &mut out).unwrap();
                    out
                })
            };
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
            loop {
                if child.try_wait().unwrap().is_some() {
                    break;
                }
                if std::time::Instant::now() > deadline {
                    child.kill().unwrap();
                    panic!("paraphe -j {jobs} did not finish on 600 articles");
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            let out = reader.join().unwrap();
            let docs: Vec<&str> = out
                .lines()
                .map(|l| l.split('"').nth(3).unwrap_or(""))
                .collect();
            assert_eq!(docs.len(), 600, "-j {jobs}");
            assert!(
                docs.windows(2).all(|w| w[0] < w[1]),
                "input order, -j {jobs}"
            );
        }
    }
}

/// A record streamed in on standard input comes out before the next one is
/// sent (a `tail -f | paraphe --input jsonl` user sees each article at once),
/// not when the output buffer fills or the input ends.
#[test]
fn streamed_jsonl_records_come_out_one_by_one() {
    use std::io::BufRead;
    let mut child = bin()
        .args(["--input", "jsonl", "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                return;
            }
        }
    });
    let wait = std::time::Duration::from_secs(20);
    writeln!(
        stdin,
        r#"{{"id":"a","text":"Le Maroc a signé un accord avec la BAD."}}"#
    )
    .unwrap();
    stdin.flush().unwrap();
    let first = rx
        .recv_timeout(wait)
        .expect("the first record came out while the input stayed open");
    assert!(first.starts_with(r#"{"doc":"a""#), "{first}");
    writeln!(stdin, r#"{{"id":"b","text":"Rien."}}"#).unwrap();
    drop(stdin);
    let second = rx.recv_timeout(wait).unwrap();
    assert!(second.starts_with(r#"{"doc":"b""#), "{second}");
    assert!(child.wait().unwrap().success());
}

/// `tail -f feed.jsonl | paraphe --input jsonl | head -1`: once the output is
/// closed, paraphe ends at its next record even though its input stays open
/// (the thread reading it is left blocked, not waited for).
#[test]
fn closed_output_ends_the_run_while_the_input_stays_open() {
    use std::io::BufRead;
    let mut child = bin()
        .args(["--input", "jsonl", "-q", "-j", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    writeln!(
        stdin,
        r#"{{"id":"a","text":"Le Sénégal a signé un accord."}}"#
    )
    .unwrap();
    stdin.flush().unwrap();
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.starts_with(r#"{"doc":"a""#), "{first}");
    drop(stdout);
    // The next record cannot be written: the run must end, stdin still open.
    writeln!(stdin, r#"{{"id":"b","text":"Rien."}}"#).unwrap();
    stdin.flush().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("paraphe kept running after its output was closed");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    drop(stdin);
}

// ---- never lose a byte ----------------------------------------------------

#[test]
fn an_output_that_is_an_input_is_refused_before_anything_is_touched() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "same.txt", ARTICLE.as_bytes());
    let same = d.path().join("same.txt");
    let o = run(
        &["-o", same.to_str().unwrap(), same.to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("also an input"));
    assert_eq!(fs::read_to_string(&same).unwrap(), ARTICLE);
    // Another name of the same file: through `..`, and a hard link.
    let dotted = d.path().join("x/../same.txt");
    fs::create_dir(d.path().join("x")).unwrap();
    let o = run(
        &["-o", dotted.to_str().unwrap(), same.to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    let link = d.path().join("link.txt");
    fs::hard_link(&same, &link).unwrap();
    let o = run(
        &["-o", link.to_str().unwrap(), same.to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(fs::read_to_string(&same).unwrap(), ARTICLE);
    // The same for a JSON Lines input and for `paraphe graph`.
    write(
        d.path(),
        "saved.jsonl",
        b"{\"doc\":\"a\",\"entities\":[],\"relations\":[]}\n",
    );
    let saved = d.path().join("saved.jsonl");
    for args in [
        vec![
            "--input",
            "jsonl",
            "-o",
            saved.to_str().unwrap(),
            saved.to_str().unwrap(),
        ],
        vec![
            "graph",
            "-o",
            saved.to_str().unwrap(),
            saved.to_str().unwrap(),
        ],
    ] {
        let o = run(&args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
    }
    assert!(fs::read_to_string(&saved)
        .unwrap()
        .starts_with("{\"doc\":\"a\""));
}

#[test]
fn an_output_inside_an_input_folder_is_refused() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "corp/a.txt", ARTICLE.as_bytes());
    let corp = d.path().join("corp");
    for out in ["results.txt", "results.jsonl", "sub/results.jsonl"] {
        let o = run(
            &[
                "-o",
                corp.join(out).to_str().unwrap(),
                corp.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(o.status.code(), Some(2), "{out}");
        assert!(o.stdout.is_empty());
        assert!(String::from_utf8_lossy(&o.stderr).contains("inside the input folder"));
    }
    let names: Vec<_> = fs::read_dir(&corp)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("a.txt")]);
}

#[test]
fn the_output_file_is_replaced_only_at_the_end() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out.jsonl");
    fs::write(&out, "records of an earlier run\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&out, fs::Permissions::from_mode(0o640)).unwrap();
    }
    // A run that is stopped midway: the earlier records are still there.
    let mut child = bin()
        .args(["--input", "jsonl", "-q", "-o", out.to_str().unwrap()])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(
        stdin,
        r#"{{"id":"a","text":"Le Maroc a signé un accord avec la BAD."}}"#
    )
    .unwrap();
    stdin.flush().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while fs::read_dir(d.path()).unwrap().count() < 2 {
        assert!(
            std::time::Instant::now() < deadline,
            "no temporary file appeared"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdin);
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        "records of an earlier run\n"
    );
    // A run that ends: replaced, with the same permissions, no file left beside it.
    for f in fs::read_dir(d.path()).unwrap() {
        let p = f.unwrap().path();
        if p != out {
            fs::remove_file(p).unwrap();
        }
    }
    let o = run(&["-o", out.to_str().unwrap()], Some(ARTICLE.as_bytes()));
    assert_eq!(o.status.code(), Some(0));
    assert!(fs::read_to_string(&out).unwrap().contains("\"signed\""));
    assert_eq!(fs::read_dir(d.path()).unwrap().count(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }
}

#[cfg(unix)]
#[test]
fn an_output_link_or_device_is_written_through() {
    let d = tempfile::tempdir().unwrap();
    let target = d.path().join("target.jsonl");
    fs::write(&target, "old\n").unwrap();
    let link = d.path().join("link.jsonl");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let o = run(&["-o", link.to_str().unwrap()], Some(ARTICLE.as_bytes()));
    assert_eq!(o.status.code(), Some(0));
    assert!(fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(fs::read_to_string(&target).unwrap().contains("\"signed\""));
    // A device is written to, never replaced.
    let o = run(&["-o", "/dev/null"], Some(ARTICLE.as_bytes()));
    assert_eq!(o.status.code(), Some(0));
    use std::os::unix::fs::FileTypeExt;
    assert!(fs::metadata("/dev/null")
        .unwrap()
        .file_type()
        .is_char_device());
}

#[test]
fn no_input_matched_says_so_and_keeps_the_output() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "art/a.md", ARTICLE.as_bytes());
    fs::create_dir(d.path().join("empty")).unwrap();
    let keep = d.path().join("keep.jsonl");
    fs::write(&keep, "keep me\n").unwrap();
    for folder in ["art", "empty"] {
        let o = run(
            &[
                "-o",
                keep.to_str().unwrap(),
                d.path().join(folder).to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(o.status.code(), Some(1), "{folder}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("no input matched"));
        assert_eq!(fs::read_to_string(&keep).unwrap(), "keep me\n");
    }
    // `--ext .md` is `--ext md`.
    for ext in [".md", "*.md", "md"] {
        let o = run(
            &["--ext", ext, d.path().join("art").to_str().unwrap()],
            None,
        );
        assert_eq!(o.status.code(), Some(0), "{ext}");
        assert_eq!(lines(&o).len(), 1, "{ext}");
    }
}

// ---- input ----------------------------------------------------------------

#[test]
fn utf16_without_bom_is_read() {
    let d = tempfile::tempdir().unwrap();
    let le: Vec<u8> = ARTICLE
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    write(d.path(), "utf16.txt", &le);
    let o = run(&[d.path().join("utf16.txt").to_str().unwrap()], None);
    assert_ok(&o);
    let rec = &lines(&o)[0];
    assert_eq!(rec["encoding"], "utf-16le");
    assert_eq!(rec["relations"].as_array().unwrap().len(), 1);
}

#[test]
fn jsonl_input_reads_the_jsonl_files_of_a_folder() {
    let d = tempfile::tempdir().unwrap();
    let rec = |id: &str| format!("{}\n", serde_json::json!({"id": id, "text": ARTICLE}));
    write(d.path(), "in/b.jsonl", rec("b").as_bytes());
    write(
        d.path(),
        "in/sub/a.jsonl",
        format!("{}{}", rec("a1"), rec("a2")).as_bytes(),
    );
    write(d.path(), "in/notes.txt", b"not a record");
    let o = run(
        &["--input", "jsonl", d.path().join("in").to_str().unwrap()],
        None,
    );
    assert_ok(&o);
    let docs: Vec<String> = lines(&o)
        .iter()
        .map(|r| r["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(docs, ["b", "a1", "a2"]);
}

#[test]
fn a_jsonl_file_read_as_text_gets_a_hint() {
    let d = tempfile::tempdir().unwrap();
    let line = format!("{}\n", serde_json::json!({"id": "x", "text": ARTICLE}));
    write(d.path(), "records.jsonl", line.as_bytes());
    let o = run(&[d.path().join("records.jsonl").to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("--input jsonl"), "{stderr}");
    // -q keeps it quiet; with --input jsonl there is nothing to say.
    assert!(run(
        &["-q", d.path().join("records.jsonl").to_str().unwrap()],
        None
    )
    .stderr
    .is_empty());
    let o = run(
        &[
            "--input",
            "jsonl",
            d.path().join("records.jsonl").to_str().unwrap(),
        ],
        None,
    );
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn a_folder_named_graph_is_read_after_a_double_dash() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "graph/a.txt", ARTICLE.as_bytes());
    let o = bin()
        .current_dir(d.path())
        .args(["--", "graph"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_ok(&o);
    assert_eq!(lines(&o)[0]["doc"], "graph/a.txt");
    // Without it, the subcommand says what to write.
    let o = bin()
        .current_dir(d.path())
        .args(["graph", "graph"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("paraphe -- graph"));
    let help = bin().arg("--help").output().unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("paraphe -- graph"));
}

#[test]
fn help_has_examples_and_exit_codes() {
    let help = String::from_utf8(bin().arg("--help").output().unwrap().stdout).unwrap();
    for want in ["Examples:", "Exit codes:", "paraphe graph", "--format dot"] {
        assert!(help.contains(want), "{want}");
    }
}

// ---- on a terminal ----------------------------------------------------------

/// Runs paraphe with standard input, output and error on a terminal (through
/// util-linux `script`), returning what the terminal showed; None (with a
/// notice) where `script` is missing.
fn on_terminal(dir: &Path, args: &str, stdin: &[u8]) -> Option<String> {
    if Command::new("script").arg("--version").output().is_err() {
        notice("`script` (util-linux) not found: terminal test skipped");
        return None;
    }
    let cmd = format!("{} {args}", env!("CARGO_BIN_EXE_paraphe"));
    let mut child = Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin).unwrap();
    drop(input);
    let o = child.wait_with_output().unwrap();
    Some(String::from_utf8_lossy(&o.stdout).into_owned())
}

/// What a terminal line shows: the text after its last carriage return,
/// without escape sequences.
fn shown(line: &str) -> String {
    let last = line.rsplit('\r').find(|s| !s.is_empty()).unwrap_or("");
    let mut out = String::new();
    let mut chars = last.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ parameters final-byte.
            if chars.next_if_eq(&'[').is_some() {
                for x in chars.by_ref() {
                    if ('@'..='~').contains(&x) {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

#[test]
fn stdin_on_a_terminal_gets_a_hint() {
    let d = tempfile::tempdir().unwrap();
    let Some(screen) = on_terminal(d.path(), "", ARTICLE.as_bytes()) else {
        return;
    };
    assert!(screen.contains("end with Ctrl-D"), "{screen}");
}

#[test]
fn a_terminal_gets_a_summary_and_clean_error_lines() {
    let d = tempfile::tempdir().unwrap();
    for k in 0..300 {
        write(d.path(), &format!("in/a{k:03}.txt"), ARTICLE.as_bytes());
    }
    write(d.path(), "in/zz-binary.txt", b"\x00\x01\x02PK\x00");
    let Some(screen) = on_terminal(d.path(), "-j 1 -o out.jsonl in", b"") else {
        return;
    };
    let shown: Vec<String> = screen.split('\n').map(shown).collect();
    let error = shown
        .iter()
        .find(|l| l.contains("zz-binary.txt"))
        .unwrap_or_else(|| panic!("{screen:?}"));
    assert!(
        error.starts_with("paraphe: in/zz-binary.txt: binary"),
        "{error:?}"
    );
    assert!(
        shown
            .iter()
            .any(|l| l.starts_with("paraphe: 301 articles, 1 unreadable, ")),
        "{screen:?}"
    );
}

// ---- graph views and exports ---------------------------------------------

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");

#[test]
fn graph_views_and_filters_from_the_command_line() {
    let parties = run(&["--format", "dot", "--graph", "parties", FIXTURES], None);
    assert_eq!(parties.status.code(), Some(0));
    let dot = String::from_utf8(parties.stdout).unwrap();
    assert!(dot.contains("parties view") && dot.contains("dir=none"));
    assert!(
        !dot.contains("PERSON:"),
        "people are not nodes of the parties view"
    );
    let focus = run(&["--format", "dot", "--focus", "BOAD", FIXTURES], None);
    let dot = String::from_utf8(focus.stdout).unwrap();
    assert!(
        dot.contains("Banque ouest-africaine") && !dot.contains("UNICEF"),
        "{dot}"
    );
    let types = run(
        &["--format", "graph-json", "--types", "place", FIXTURES],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&types.stdout).unwrap();
    assert!(v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["type"] == "PLACE" || n["type"] == "AGREEMENT"));
    // A focus that names nothing: a message, nothing on standard output.
    let o = run(
        &["--format", "dot", "--focus", "Nowhere Corp", FIXTURES],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("Nowhere Corp"));
    // Graph options without a graph format are a usage error.
    assert_eq!(
        run(&["--graph", "parties", FIXTURES], None).status.code(),
        Some(2)
    );
}

#[test]
fn graphml_reads_back_as_xml_and_in_networkx() {
    let o = run(&["--format", "graphml", FIXTURES], None);
    assert_eq!(o.status.code(), Some(0));
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("g.graphml");
    fs::write(&path, &o.stdout).unwrap();
    let xml = String::from_utf8(o.stdout).unwrap();
    assert!(xml.starts_with("<?xml") && xml.trim_end().ends_with("</graphml>"));
    // Python's standard XML parser, and networkx where it is installed.
    let script = r#"
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id") for k in root.findall("g:key", ns)}
graph = root.find("g:graph", ns)
nodes = {n.get("id") for n in graph.findall("g:node", ns)}
for e in graph.findall("g:edge", ns):
    assert e.get("source") in nodes and e.get("target") in nodes, e.attrib
for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data"):
    assert d.get("key") in keys, d.get("key")
try:
    import networkx
except ImportError:
    print("xml", len(nodes))
    sys.exit(0)
g = networkx.read_graphml(sys.argv[1])
assert g.number_of_nodes() == len(nodes)
types = {d["type"] for _, d in g.nodes(data=True)}
assert "AGREEMENT" in types and "ORG" in types, types
print("networkx", g.number_of_nodes(), g.number_of_edges())
"#;
    match Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
    {
        Ok(out) => {
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            eprintln!(
                "graphml checked with {}",
                String::from_utf8_lossy(&out.stdout).trim()
            );
        }
        Err(_) => notice("python3 not found: GraphML checked for its shape only"),
    }
}

#[test]
fn csv_writes_neo4j_files_into_a_folder() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("neo4j");
    let o = run(
        &["--format", "csv", "-o", dir.to_str().unwrap(), FIXTURES],
        None,
    );
    assert_ok(&o);
    let nodes = fs::read_to_string(dir.join("nodes.csv")).unwrap();
    let edges = fs::read_to_string(dir.join("edges.csv")).unwrap();
    assert!(nodes.starts_with("id:ID,name,:LABEL,"));
    assert!(edges.starts_with(":START_ID,:END_ID,:TYPE,"));
    // Every edge's ends are node ids (read with a CSV reader: quoted fields).
    let field0 = |line: &str| -> String {
        if let Some(rest) = line.strip_prefix('"') {
            let mut out = String::new();
            let mut chars = rest.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        out.push('"');
                        chars.next();
                    }
                    '"' => break,
                    c => out.push(c),
                }
            }
            out
        } else {
            line.split(',').next().unwrap().to_string()
        }
    };
    let ids: std::collections::HashSet<String> = nodes.lines().skip(1).map(field0).collect();
    assert!(ids.len() > 10);
    for e in edges.lines().skip(1) {
        assert!(ids.contains(&field0(e)), "{e}");
    }
    assert_eq!(
        fs::read_dir(&dir).unwrap().count(),
        2,
        "no temporary file left"
    );
    // Without a folder: a usage error.
    assert_eq!(
        run(&["--format", "csv", FIXTURES], None).status.code(),
        Some(2)
    );
}

/// The record shown in docs/output.md is the one paraphe writes for the
/// article given there.
#[test]
fn the_documented_record_is_what_paraphe_writes() {
    let page = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/output.md")).unwrap();
    let article = page
        .split("For the article `")
        .nth(1)
        .and_then(|s| s.split("`:").next())
        .unwrap()
        .replace('\n', " ");
    let json = page
        .split("```json\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .unwrap();
    let want: serde_json::Value = serde_json::from_str(json).unwrap();
    let o = run(&[], Some(article.as_bytes()));
    let mut got = lines(&o)[0].clone();
    got["doc"] = want["doc"].clone();
    assert_eq!(
        got, want,
        "docs/output.md shows another record than paraphe writes"
    );
}
