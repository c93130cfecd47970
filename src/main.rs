//! The `paraphe` command line: flags are parsed once into plain values, then
//! the inputs stream through worker threads and are printed in input order.

use clap::{Parser, Subcommand, ValueEnum};
use paraphe::input::{self, Input};
use paraphe::{graph, output, Extractor};
use std::fs;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

// Extraction allocates many small, short-lived strings and vectors per
// article; mimalloc serves those faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Who signed what with whom: entities and signings in French news articles.
///
/// Reads files, folders (recursively, `*.txt` by default) or standard input,
/// and writes one JSON record per article (JSON Lines), or the corpus graph
/// of signings as Graphviz DOT or JSON.
#[derive(Parser, Debug)]
#[command(name = "paraphe", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Builds the corpus graph from saved JSON Lines output (no extraction).
    Graph {
        /// JSON Lines files written by paraphe (`-` for standard input).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(clap::Args, Debug)]
struct RunArgs {
    /// Files or folders to read; `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// File extensions to read in folders (repeatable, or comma-separated).
    #[arg(long, value_name = "EXT", value_delimiter = ',', default_value = "txt")]
    ext: Vec<String>,
    /// What the inputs are: plain text articles, or JSON Lines records `{"id": …, "text": …}`.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    input: InputFormat,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// Add entities from a gazetteer file (TSV: text, TYPE, canonical, tags); repeatable.
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Number of worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,
    /// No progress bar and no per-input error lines on standard error.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum InputFormat {
    Text,
    Jsonl,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// One JSON record per article.
    Jsonl,
    /// The corpus graph as Graphviz DOT.
    Dot,
    /// The corpus graph as JSON.
    GraphJson,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum GraphFormat {
    Dot,
    GraphJson,
}

fn main() -> ExitCode {
    // Panics are caught per article and reported in its error record; the
    // default hook would also print a backtrace per article on stderr.
    std::panic::set_hook(Box::new(|_| {}));
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Graph {
            files,
            format,
            output,
        }) => run_graph(&files, format, output.as_deref()),
        None => run(cli.run),
    }
}

fn open_output(path: Option<&std::path::Path>) -> io::Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::with_capacity(1 << 16, fs::File::create(p)?)),
        None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
    })
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("paraphe: {msg}");
    ExitCode::from(2)
}

/// What processing one input produced.
struct Done {
    line: String,
    error: Option<(String, String)>,
    graph_doc: Option<graph::DocGraph>,
}

fn process(ex: &Extractor, inp: &Input, want_graph: bool) -> Done {
    let id = inp.id();
    match inp.load() {
        Ok(dec) => {
            // A bug in a rule must cost one article, not the night's batch: a
            // panic becomes that article's error record.
            let doc = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                ex.extract(&dec.text)
            })) {
                Ok(doc) => doc,
                Err(p) => {
                    let msg = p
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| p.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown".into());
                    let e = format!("internal error while extracting (please report): {msg}");
                    return Done {
                        line: output::error_line(&id, &e),
                        error: Some((id, e)),
                        graph_doc: None,
                    };
                }
            };
            let graph_doc = want_graph.then(|| graph::DocGraph::from_document(&id, &doc));
            Done {
                line: if want_graph {
                    String::new()
                } else {
                    output::to_json_line(&id, dec.encoding, &doc)
                },
                error: None,
                graph_doc,
            }
        }
        Err(e) => Done {
            line: output::error_line(&id, &e),
            error: Some((id, e)),
            graph_doc: None,
        },
    }
}

/// How many documents may be in flight per worker thread: queued, being
/// processed, or done and waiting for an earlier one to be written. Enough to
/// keep every worker busy while a long article holds the head of the line;
/// small enough that memory stays bounded whatever the corpus size.
/// Results a worker sends at once (fewer wake-ups of the writer).
const RESULT_BATCH: usize = 8;

const WINDOW_PER_THREAD: usize = 32;

/// Where the inputs come from. Read on a thread of its own, so that
/// processing starts with the first input and reading (a slow pipe, a large
/// JSON Lines file) overlaps with the work.
enum Source {
    /// Expanded paths.
    Inputs(Vec<Input>),
    /// JSON Lines files (`-` is standard input), read record by record.
    Jsonl(Vec<PathBuf>),
}

impl Source {
    /// Calls `send` with every input in order, until it returns false. An
    /// error reading a JSON Lines stream ends the reading.
    fn feed(self, send: &mut dyn FnMut(Input) -> bool) -> io::Result<()> {
        match self {
            Source::Inputs(inputs) => {
                for inp in inputs {
                    if !send(inp) {
                        break;
                    }
                }
            }
            Source::Jsonl(sources) => {
                for src in sources {
                    let name = src.display().to_string();
                    if name == "-" {
                        input::read_records(io::stdin().lock(), "-", send)?;
                    } else {
                        match fs::File::open(&src) {
                            Ok(f) => input::read_records(io::BufReader::new(f), &name, send)?,
                            Err(e) => {
                                send(Input::Error {
                                    id: name.clone(),
                                    error: format!("cannot read: {e}"),
                                });
                            }
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// Processes the inputs of `source` on the pool's threads and calls `write`
/// with every result in input order, on the calling thread, and with `None`
/// whenever every result received so far is written (the time to flush: a
/// record streamed in on standard input comes out without waiting for the
/// next ones to fill the output buffer).
///
/// A reader thread sends the inputs, numbered, to a queue the workers pull
/// from; results come back over a channel and wait in a reorder buffer until
/// the ones before them are written. At most `window` documents are in
/// flight whatever the order results arrive in: the reader waits while it is
/// `window` inputs ahead of the writer. When `write` fails (a closed pipe),
/// the reader stops at its next input and the workers at their next
/// document; they are not waited for.
///
/// Threads are woken in batches, not once per document (a wake-up costs
/// about as much as extracting a short article): a worker sends its results
/// when it has [`RESULT_BATCH`] of them or nothing left to do, and the writer
/// wakes the reader every quarter window.
fn pipeline(
    pool: &rayon::ThreadPool,
    source: Source,
    window: usize,
    work: impl Fn(&Input) -> Done + Send + Sync + 'static,
    mut write: impl FnMut(Option<Done>) -> io::Result<()>,
) -> io::Result<()> {
    use std::collections::VecDeque;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{mpsc, Arc, Condvar, Mutex};

    /// How many results the writer has written, and whether it has stopped.
    struct Progress {
        written: usize,
        stopped: bool,
    }
    let progress = Arc::new((
        Mutex::new(Progress {
            written: 0,
            stopped: false,
        }),
        Condvar::new(),
    ));
    let (input_tx, input_rx) = mpsc::channel::<(usize, Input)>();
    let (done_tx, done_rx) = mpsc::channel::<Vec<(usize, Done)>>();
    let stop = Arc::new(AtomicBool::new(false));

    // The reader is detached: it may be blocked on a standard input that
    // never closes when the output has gone.
    let reader = {
        let progress = progress.clone();
        std::thread::Builder::new()
            .name("paraphe-reader".into())
            .spawn(move || {
                let mut n = 0usize;
                let (lock, cvar) = &*progress;
                source.feed(&mut |inp| {
                    let Ok(mut p) = lock.lock() else { return false };
                    while !p.stopped && n >= p.written + window {
                        let Ok(q) = cvar.wait(p) else { return false };
                        p = q;
                    }
                    if p.stopped {
                        return false;
                    }
                    drop(p);
                    if input_tx.send((n, inp)).is_err() {
                        return false;
                    }
                    n += 1;
                    true
                })
            })?
    };

    let queue = Mutex::new(input_rx);
    {
        let stop = stop.clone();
        pool.spawn_broadcast(move |_| {
            let mut batch: Vec<(usize, Done)> = Vec::with_capacity(RESULT_BATCH);
            loop {
                // Without waiting first: a worker sends its results before it
                // can sleep, on the queue or on the lock another worker holds
                // while it waits on the queue (holding results there would
                // leave the writer waiting for them, and the reader for the
                // writer).
                let next = match queue.try_lock() {
                    Ok(q) => match q.try_recv() {
                        Ok(x) => Some(x),
                        Err(mpsc::TryRecvError::Empty) => None,
                        Err(mpsc::TryRecvError::Disconnected) => {
                            let _ = done_tx.send(batch);
                            return;
                        }
                    },
                    Err(std::sync::TryLockError::WouldBlock) => None,
                    Err(std::sync::TryLockError::Poisoned(_)) => {
                        let _ = done_tx.send(batch);
                        return;
                    }
                };
                let (i, inp) = match next {
                    Some(x) => x,
                    None => {
                        if !batch.is_empty() && done_tx.send(std::mem::take(&mut batch)).is_err() {
                            return;
                        }
                        // The lock is held while waiting: the other workers would wait anyway.
                        match queue.lock().map_or(Err(mpsc::RecvError), |q| q.recv()) {
                            Ok(x) => x,
                            Err(_) => return,
                        }
                    }
                };
                if stop.load(Ordering::Relaxed) {
                    return;
                }
                batch.push((i, work(&inp)));
                if batch.len() >= RESULT_BATCH && done_tx.send(std::mem::take(&mut batch)).is_err()
                {
                    return;
                }
            }
        });
    }

    // pending[k] holds the result of input `next + k` once it has arrived.
    let mut pending: VecDeque<Option<Done>> = VecDeque::new();
    let mut next = 0usize;
    let wake_every = (window / 4).max(1);
    let (lock, cvar) = &*progress;
    let result = (|| {
        for batch in done_rx {
            for (i, d) in batch {
                let k = i - next;
                if pending.len() <= k {
                    pending.resize_with(k + 1, || None);
                }
                pending[k] = Some(d);
            }
            while let Some(Some(_)) = pending.front() {
                let d = pending.pop_front().flatten().expect("checked above");
                write(Some(d))?;
                next += 1;
                if next % wake_every == 0 {
                    if let Ok(mut p) = lock.lock() {
                        p.written = next;
                    }
                    cvar.notify_one();
                }
            }
            if pending.is_empty() {
                write(None)?;
            }
        }
        Ok(())
    })();
    if result.is_err() {
        stop.store(true, Ordering::Relaxed);
        if let Ok(mut p) = lock.lock() {
            p.stopped = true;
        }
        cvar.notify_one();
        return result;
    }
    // Every worker has ended, so the reader has too.
    reader.join().unwrap_or(Ok(()))
}

fn run(args: RunArgs) -> ExitCode {
    let mut user = Vec::new();
    for p in &args.gazetteer {
        match fs::read(p) {
            Ok(b) => match String::from_utf8(b) {
                Ok(s) => user.push((p.display().to_string(), s)),
                Err(e) => {
                    let line = e.as_bytes()[..e.utf8_error().valid_up_to()]
                        .iter()
                        .filter(|&&c| c == b'\n')
                        .count()
                        + 1;
                    return usage_error(&format!(
                        "{}:{line}: gazetteer is not valid UTF-8",
                        p.display()
                    ));
                }
            },
            Err(e) => return usage_error(&format!("{}: cannot read gazetteer: {e}", p.display())),
        }
    }
    // The lexicon is built while the folders are walked.
    let lexicon = std::thread::spawn(move || Extractor::with_gazetteers(&user));
    let source = match args.input {
        InputFormat::Text => Source::Inputs(input::expand(&args.paths, &args.ext)),
        InputFormat::Jsonl => Source::Jsonl(if args.paths.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            args.paths.clone()
        }),
    };
    let jobs = args.jobs.unwrap_or(0);
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(p) => p,
        Err(e) => return usage_error(&format!("cannot start worker threads: {e}")),
    };
    // Opening the output truncates it, which takes milliseconds when it holds
    // the records of an earlier run: done while the lexicon is built. Not when
    // a user gazetteer may still be rejected: that leaves the output untouched.
    let early = args
        .gazetteer
        .is_empty()
        .then(|| open_output(args.output.as_deref()));
    let ex = match lexicon.join() {
        Ok(Ok(ex)) => ex,
        Ok(Err(e)) => return usage_error(&e.to_string()),
        Err(p) => std::panic::resume_unwind(p),
    };
    let mut out = match early.unwrap_or_else(|| open_output(args.output.as_deref())) {
        Ok(o) => o,
        Err(e) => return usage_error(&format!("cannot open output: {e}")),
    };
    let want_graph = args.format != Format::Jsonl;
    let mut corpus = graph::CorpusGraph::default();
    let mut failed = 0usize;
    let bar = match &source {
        Source::Inputs(inputs) if !args.quiet && inputs.len() > 1 && io::stderr().is_terminal() => {
            let b = indicatif::ProgressBar::new(inputs.len() as u64);
            b.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            Some(b)
        }
        _ => None,
    };
    let window = WINDOW_PER_THREAD * pool.current_num_threads().max(1);

    let result = pipeline(
        &pool,
        source,
        window,
        move |inp| process(&ex, inp, want_graph),
        |d| {
            let Some(d) = d else {
                return out.flush();
            };
            if let Some(b) = &bar {
                b.inc(1);
            }
            if let Some((id, e)) = &d.error {
                failed += 1;
                if !args.quiet {
                    eprintln!("paraphe: {id}: {e}");
                }
                if want_graph {
                    return Ok(());
                }
            }
            if let Some(g) = d.graph_doc {
                corpus.add(g);
                Ok(())
            } else {
                out.write_all(d.line.as_bytes())
            }
        },
    );
    if let Some(b) = bar {
        b.finish_and_clear();
    }

    let result = result.and_then(|_| {
        match args.format {
            Format::Jsonl => {}
            Format::Dot => out.write_all(corpus.build().to_dot().as_bytes())?,
            Format::GraphJson => out.write_all(corpus.build().to_json().as_bytes())?,
        }
        out.flush()
    });
    match result {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("paraphe: cannot write output: {e}");
            return ExitCode::from(2);
        }
    }
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_graph(files: &[PathBuf], format: GraphFormat, output: Option<&std::path::Path>) -> ExitCode {
    let mut corpus = graph::CorpusGraph::default();
    let mut failed = false;
    for f in files {
        let res = if f.as_os_str() == "-" {
            corpus.read_jsonl(io::stdin().lock(), "-")
        } else {
            match fs::File::open(f) {
                Ok(file) => corpus.read_jsonl(io::BufReader::new(file), &f.display().to_string()),
                Err(e) => Err(format!("{}: cannot read: {e}", f.display())),
            }
        };
        if let Err(e) = res {
            eprintln!("paraphe: {e}");
            failed = true;
        }
    }
    let mut out = match open_output(output) {
        Ok(o) => o,
        Err(e) => return usage_error(&format!("cannot open output: {e}")),
    };
    let g = corpus.build();
    let text = match format {
        GraphFormat::Dot => g.to_dot(),
        GraphFormat::GraphJson => g.to_json(),
    };
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("paraphe: cannot write output: {e}");
            return ExitCode::from(2);
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
