//! The `paraphe` command line: flags are parsed once into plain values, then
//! the inputs stream through worker threads and are printed in input order.

use clap::{Parser, Subcommand, ValueEnum};
use paraphe::input::{self, Input};
use paraphe::pipeline::{self, Sink, Supply};
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

fn open_output(path: Option<&std::path::Path>) -> io::Result<Box<dyn Write + Send>> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::with_capacity(1 << 16, fs::File::create(p)?)),
        None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout())),
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

/// How many documents may be in flight per worker thread: being processed,
/// or done and waiting for an earlier one to be written. Enough to keep every
/// worker busy while a long article holds the head of the line; small enough
/// that memory stays bounded whatever the corpus size.
const WINDOW_PER_THREAD: usize = 32;

/// Where the inputs come from.
enum Source {
    /// Expanded paths.
    Inputs(Vec<Input>),
    /// JSON Lines files (`-` is standard input), read record by record.
    Jsonl(Vec<PathBuf>),
}

impl Source {
    /// The inputs for the pipeline. Paths are all known: the workers take
    /// them from the list. Records are read on a thread of their own, so
    /// that processing starts with the first one and a slow pipe never holds
    /// a worker; the thread is detached, as it may be blocked on a standard
    /// input that never closes when the output has gone.
    fn supply(self, window: usize) -> io::Result<Supply<Input>> {
        let sources = match self {
            Source::Inputs(inputs) => return Ok(Supply::List(inputs)),
            Source::Jsonl(sources) => sources,
        };
        let (tx, rx) = std::sync::mpsc::sync_channel(window);
        std::thread::Builder::new()
            .name("paraphe-reader".into())
            .spawn(move || read_jsonl(sources, &mut |inp| tx.send(inp).is_ok()))?;
        Ok(Supply::Stream(rx))
    }
}

/// Calls `send` with every record of the JSON Lines `sources` (`-` is
/// standard input) in order, until it returns false. A source that cannot be
/// read, or stops being readable, gets an error record; the next sources are
/// still read.
fn read_jsonl(sources: Vec<PathBuf>, send: &mut dyn FnMut(Input) -> bool) {
    for src in sources {
        let name = src.display().to_string();
        let read = if name == "-" {
            input::read_records(io::stdin().lock(), "-", send)
        } else {
            fs::File::open(&src)
                .and_then(|f| input::read_records(io::BufReader::new(f), &name, send))
        };
        if let Err(e) = read {
            let error = format!("cannot read: {e}");
            if !send(Input::Error { id: name, error }) {
                return;
            }
        }
    }
}

/// Where the results go: the output, the corpus graph, the count of failed
/// inputs and the progress bar. Runs on whichever worker writes.
struct Out {
    out: Box<dyn Write + Send>,
    corpus: graph::CorpusGraph,
    failed: usize,
    bar: Option<indicatif::ProgressBar>,
    want_graph: bool,
    quiet: bool,
}

impl Sink<Done> for Out {
    fn put(&mut self, d: Done) -> io::Result<()> {
        if let Some(b) = &self.bar {
            b.inc(1);
        }
        if let Some((id, e)) = &d.error {
            self.failed += 1;
            if !self.quiet {
                eprintln!("paraphe: {id}: {e}");
            }
            if self.want_graph {
                return Ok(());
            }
        }
        if let Some(g) = d.graph_doc {
            self.corpus.add(g);
            Ok(())
        } else {
            self.out.write_all(d.line.as_bytes())
        }
    }

    fn caught_up(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

fn run(args: RunArgs) -> ExitCode {
    // Opening the output truncates it, which takes milliseconds when it holds
    // the records of an earlier run: done on a thread of its own while the
    // lexicon is built and the folders are walked. Not when a user gazetteer
    // may still be rejected: that leaves the output untouched.
    let early = args.gazetteer.is_empty().then(|| {
        let path = args.output.clone();
        std::thread::spawn(move || open_output(path.as_deref()))
    });
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
    let ex = match lexicon.join() {
        Ok(Ok(ex)) => ex,
        Ok(Err(e)) => return usage_error(&e.to_string()),
        Err(p) => std::panic::resume_unwind(p),
    };
    let opened = match early.map(|h| h.join()) {
        Some(Ok(r)) => r,
        Some(Err(p)) => std::panic::resume_unwind(p),
        None => open_output(args.output.as_deref()),
    };
    let out = match opened {
        Ok(o) => o,
        Err(e) => return usage_error(&format!("cannot open output: {e}")),
    };
    let want_graph = args.format != Format::Jsonl;
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
    let sink = Out {
        out,
        corpus: graph::CorpusGraph::default(),
        failed: 0,
        bar,
        want_graph,
        quiet: args.quiet,
    };
    let window = WINDOW_PER_THREAD * pool.current_num_threads().max(1);
    let supply = match source.supply(window) {
        Ok(x) => x,
        Err(e) => return usage_error(&format!("cannot start the reader thread: {e}")),
    };
    let result = pipeline::run(
        &pool,
        supply,
        window,
        move |inp: &Input| process(&ex, inp, want_graph),
        sink,
    );
    let result = result.and_then(|mut s| {
        if let Some(b) = &s.bar {
            b.finish_and_clear();
        }
        match args.format {
            Format::Jsonl => {}
            Format::Dot => s.out.write_all(s.corpus.build().to_dot().as_bytes())?,
            Format::GraphJson => s.out.write_all(s.corpus.build().to_json().as_bytes())?,
        }
        s.out.flush()?;
        Ok(s.failed)
    });
    let failed = match result {
        Ok(n) => n,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("paraphe: cannot write output: {e}");
            return ExitCode::from(2);
        }
    };
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
