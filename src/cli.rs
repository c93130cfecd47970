//! The `paraphe` command line: flags are parsed once into plain values, then
//! the inputs stream through worker threads and are printed in input order.
//!
//! It lives in the library so that the modules it drives (inputs, the
//! pipeline, the graph) can stay private to the crate; `src/main.rs` only
//! calls [`main`]. Not a library API.

use crate::graph::{self, thousands};
use crate::input::{self, Input};
use crate::pipeline::{self, Sink, Supply};
use crate::{output, Extractor};
use clap::{Parser, Subcommand, ValueEnum};
use std::fs;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const EXAMPLES: &str = "\
Examples:
  paraphe articles/ -o signings.jsonl     every *.txt under articles/, one JSON line each
  paraphe --ext txt,md archive/           other extensions in folders
  cat article.txt | paraphe               one article on standard input (doc is \"-\")
  paraphe --input jsonl records.jsonl     {\"id\": …, \"text\": …} per line (a folder: its *.jsonl)
  paraphe --format dot articles/ | dot -Tsvg > graph.svg
  paraphe graph signings.jsonl --graph parties --min-agreements 2 | dot -Tsvg > parties.svg
  paraphe graph signings.jsonl --focus BOAD | dot -Tsvg > boad.svg
  paraphe graph signings.jsonl --format graphml -o signings.graphml     Gephi, yEd, networkx
  paraphe graph signings.jsonl --format csv -o neo4j/                   nodes.csv, edges.csv
  paraphe -- graph/                       a folder named graph (not the subcommand)

Exit codes:
  0  every input was read
  1  some input could not be read (it still gets a record {\"doc\": …, \"error\": …}),
     or no input matched
  2  usage error: a bad flag, an unreadable or malformed gazetteer, an output
     that is also an input, an output that cannot be written

The output file (-o) is written to a temporary file beside it and renamed into
place at the end: a run that fails or is stopped leaves the earlier file as it was.";

/// Who signed what with whom: entities and signings in French news articles.
///
/// Reads files, folders (recursively, `*.txt` by default) or standard input,
/// and writes one JSON record per article (JSON Lines), or the corpus graph
/// of signings as Graphviz DOT or JSON.
#[derive(Parser, Debug)]
#[command(
    name = "paraphe",
    version,
    args_conflicts_with_subcommands = true,
    after_help = EXAMPLES
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Builds the corpus graph from saved JSON Lines output (no extraction).
    #[command(
        after_help = "Nothing is written when a file cannot be read or holds a bad line, or \
                      when --focus names nothing (exit code 1), so `paraphe graph … | dot -Tsvg` \
                      never renders an empty graph."
    )]
    Graph {
        /// JSON Lines files written by paraphe (`-` for standard input).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
        /// Write to FILE (a folder for --format csv) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        shape: GraphArgs,
        /// No summary on standard error.
        #[arg(short, long)]
        quiet: bool,
    },
}

/// What the graph shows (all graph formats).
#[derive(clap::Args, Debug, Clone, Default)]
#[command(next_help_heading = "Graph")]
struct GraphArgs {
    /// Which graph: bodies, people and the agreements they signed (notes
    /// between them), or bodies and countries linked by what they signed
    /// together (one edge per pair, with the number of agreements and their
    /// years) [default: agreements].
    #[arg(long = "graph", value_enum, value_name = "VIEW")]
    view: Option<ViewArg>,
    /// Only the neighbourhood of this body or person (any of its names,
    /// case and accents ignored; repeatable).
    #[arg(long, value_name = "NAME")]
    focus: Vec<String>,
    /// Only bodies and people in at least N agreements.
    #[arg(long, value_name = "N")]
    min_agreements: Option<usize>,
    /// Only these types of bodies and people (comma-separated).
    #[arg(long, value_enum, value_name = "TYPES", value_delimiter = ',')]
    types: Vec<TypeArg>,
    /// At most N nodes, the most connected, said in the picture's label; 0
    /// shows all [default: 300 for dot, all for the other formats].
    #[arg(long, value_name = "N")]
    max_nodes: Option<usize>,
}

impl GraphArgs {
    fn given(&self) -> bool {
        self.view.is_some()
            || !self.focus.is_empty()
            || self.min_agreements.is_some()
            || !self.types.is_empty()
            || self.max_nodes.is_some()
    }

    fn options(&self, format: GraphFormat) -> graph::Options {
        let default_cap = match format {
            GraphFormat::Dot => graph::DEFAULT_MAX_NODES,
            _ => 0,
        };
        graph::Options {
            view: match self.view.unwrap_or(ViewArg::Agreements) {
                ViewArg::Agreements => graph::View::Agreements,
                ViewArg::Parties => graph::View::Parties,
            },
            focus: self.focus.clone(),
            min_agreements: self.min_agreements.unwrap_or(0),
            types: self
                .types
                .iter()
                .map(|t| format!("{t:?}").to_uppercase())
                .collect(),
            max_nodes: self.max_nodes.unwrap_or(default_cap),
        }
    }
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ViewArg {
    /// Bodies, people and agreement notes.
    Agreements,
    /// Bodies and countries, one edge per pair that signed.
    Parties,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum TypeArg {
    Org,
    Ministry,
    Place,
    Person,
}

#[derive(clap::Args, Debug)]
struct RunArgs {
    /// Files or folders to read; `-` or nothing reads standard input. A
    /// folder named `graph` is written `paraphe -- graph` (or `./graph`).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// File extensions to read in folders (repeatable, or comma-separated;
    /// `md`, `.md` and `*.md` are the same) [default: txt, or jsonl with --input jsonl].
    #[arg(long, value_name = "EXT", value_delimiter = ',')]
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
    /// Write to FILE (a folder for --format csv) instead of standard output
    /// (never one of the inputs).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Number of worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,
    /// No progress bar, no summary and no per-input error lines on standard error.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    shape: GraphArgs,
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
    /// The corpus graph as GraphML (Gephi, yEd, Cytoscape, networkx).
    Graphml,
    /// The corpus graph as nodes.csv and edges.csv in the folder -o (Neo4j import).
    Csv,
}

impl Format {
    fn graph(self) -> Option<GraphFormat> {
        Some(match self {
            Format::Jsonl => return None,
            Format::Dot => GraphFormat::Dot,
            Format::GraphJson => GraphFormat::GraphJson,
            Format::Graphml => GraphFormat::Graphml,
            Format::Csv => GraphFormat::Csv,
        })
    }
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum GraphFormat {
    /// Graphviz DOT, for review (`| dot -Tsvg`).
    Dot,
    /// JSON: nodes and edges with every field.
    GraphJson,
    /// GraphML (Gephi, yEd, Cytoscape, networkx).
    Graphml,
    /// nodes.csv and edges.csv in the folder -o (Neo4j import).
    Csv,
}

/// Runs the command line with the process's arguments.
pub fn main() -> ExitCode {
    // Panics are caught per article and reported in its error record; the
    // default hook would also print a backtrace per article on stderr.
    std::panic::set_hook(Box::new(|_| {}));
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Graph {
            files,
            format,
            output,
            shape,
            quiet,
        }) => run_graph(&files, format, output.as_deref(), &shape, quiet),
        None => run(cli.run),
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("paraphe: {msg}");
    ExitCode::from(2)
}

/// An output file being written: a temporary file beside it, renamed into
/// place by [`OutFile::commit`], removed when dropped uncommitted. So a run
/// that fails, or is stopped, leaves the earlier file as it was.
struct OutFile {
    /// Where the output ends up (a symbolic link's target: the link stays).
    dest: PathBuf,
    /// The temporary file; None when writing straight to `dest` (a device
    /// or a pipe such as `/dev/null`, which must never be replaced).
    tmp: Option<PathBuf>,
}

impl OutFile {
    /// Creates the temporary file for `path`, with the permissions of the
    /// file it will replace.
    fn create(path: &Path) -> io::Result<(OutFile, fs::File)> {
        let old = fs::metadata(path).ok();
        if old.as_ref().is_some_and(|m| !m.is_file()) {
            let f = fs::OpenOptions::new().write(true).open(path)?;
            let out = OutFile {
                dest: path.to_path_buf(),
                tmp: None,
            };
            return Ok((out, f));
        }
        let dest = if old.is_some() {
            fs::canonicalize(path)?
        } else {
            path.to_path_buf()
        };
        let name = dest.file_name().ok_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, "the output is not a file name")
        })?;
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut k = 0u32;
        let (tmp, file) = loop {
            let mut tmp_name = std::ffi::OsString::from(".");
            tmp_name.push(name);
            tmp_name.push(format!(".paraphe-{}-{k}.tmp", std::process::id()));
            let tmp = dir.join(tmp_name);
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)
            {
                Ok(f) => break (tmp, f),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && k < 100 => k += 1,
                Err(e) => return Err(e),
            }
        };
        let out = OutFile {
            dest,
            tmp: Some(tmp),
        };
        if let Some(m) = old {
            // A read-only earlier output stays read-only; the open handle still writes.
            file.set_permissions(m.permissions())?;
        }
        Ok((out, file))
    }

    /// Puts the finished file in place.
    fn commit(mut self) -> io::Result<()> {
        match self.tmp.take() {
            Some(tmp) => fs::rename(&tmp, &self.dest).inspect_err(|_| {
                let _ = fs::remove_file(&tmp);
            }),
            None => Ok(()),
        }
    }
}

impl Drop for OutFile {
    fn drop(&mut self) {
        if let Some(tmp) = &self.tmp {
            let _ = fs::remove_file(tmp);
        }
    }
}

/// Opens the output: standard output, or a file through [`OutFile`].
fn open_output(path: Option<&Path>) -> io::Result<(Box<dyn Write + Send>, Option<OutFile>)> {
    Ok(match path {
        Some(p) => {
            let (out, f) = OutFile::create(p)?;
            (Box::new(BufWriter::with_capacity(1 << 16, f)), Some(out))
        }
        None => (
            Box::new(BufWriter::with_capacity(1 << 16, io::stdout())),
            None,
        ),
    })
}

/// Where a graph goes: standard output or one file, or the two CSV files
/// of a folder. Opened before the inputs are read (a bad path is said at
/// once), written at the end.
enum GraphSink {
    One(Box<dyn Write + Send>, Option<OutFile>),
    Csv(Vec<(BufWriter<fs::File>, OutFile)>),
}

/// Why a graph was not written.
enum GraphError {
    /// A --focus name matched nothing (exit code 1).
    Select(String),
    /// The output could not be written.
    Io(io::Error),
}

impl From<io::Error> for GraphError {
    fn from(e: io::Error) -> Self {
        GraphError::Io(e)
    }
}

/// The files `--format csv` writes into the folder `dir`.
fn csv_paths(dir: &Path) -> [PathBuf; 2] {
    [dir.join("nodes.csv"), dir.join("edges.csv")]
}

/// The output paths of a format, for [`check_output`].
fn output_paths(format: Option<GraphFormat>, path: Option<&Path>) -> Vec<PathBuf> {
    match (format, path) {
        (_, None) => Vec::new(),
        (Some(GraphFormat::Csv), Some(dir)) => csv_paths(dir).to_vec(),
        (_, Some(p)) => vec![p.to_path_buf()],
    }
}

impl GraphSink {
    fn open(format: GraphFormat, path: Option<&Path>) -> Result<GraphSink, String> {
        if format != GraphFormat::Csv {
            let (out, file) = open_output(path).map_err(|e| format!("cannot open output: {e}"))?;
            return Ok(GraphSink::One(out, file));
        }
        let Some(dir) = path else {
            return Err(
                "--format csv writes nodes.csv and edges.csv into a folder: give it with -o DIR"
                    .into(),
            );
        };
        if dir.is_file() {
            return Err(format!(
                "--format csv writes two files into a folder, and {} is a file",
                dir.display()
            ));
        }
        fs::create_dir_all(dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
        let mut files = Vec::new();
        for p in csv_paths(dir) {
            let (file, f) =
                OutFile::create(&p).map_err(|e| format!("cannot open {}: {e}", p.display()))?;
            files.push((BufWriter::with_capacity(1 << 16, f), file));
        }
        Ok(GraphSink::Csv(files))
    }

    /// Builds the graph, chooses what to show and writes it. Nothing is
    /// written when the choice fails.
    fn write(
        self,
        corpus: &graph::CorpusGraph,
        format: GraphFormat,
        opts: &graph::Options,
    ) -> Result<(usize, usize), GraphError> {
        let g = corpus.build();
        let picture = g.select(opts).map_err(GraphError::Select)?;
        let shown = (picture.nodes.len(), picture.links.len());
        match self {
            GraphSink::One(mut out, file) => {
                let text = match format {
                    GraphFormat::Dot => picture.to_dot(),
                    GraphFormat::GraphJson => picture.to_json(),
                    GraphFormat::Graphml | GraphFormat::Csv => picture.to_graphml(),
                };
                out.write_all(text.as_bytes())?;
                out.flush()?;
                drop(out);
                if let Some(f) = file {
                    f.commit()?;
                }
            }
            GraphSink::Csv(files) => {
                let csv: graph::CsvFiles = picture.to_csv();
                let mut done = Vec::new();
                for ((mut w, file), text) in files.into_iter().zip([&csv.nodes, &csv.edges]) {
                    w.write_all(text.as_bytes())?;
                    w.flush()?;
                    drop(w);
                    done.push(file);
                }
                for f in done {
                    f.commit()?;
                }
            }
        }
        Ok(shown)
    }
}

/// The path with symbolic links and `..` resolved, also for a file that does
/// not exist yet (its nearest existing folder resolved, the rest kept).
fn resolved(p: &Path) -> Option<PathBuf> {
    let p = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(p)
    };
    let mut rest = Vec::new();
    let mut base = p.as_path();
    loop {
        if let Ok(r) = fs::canonicalize(base) {
            return Some(rest.iter().rev().fold(r, |acc: PathBuf, c| acc.join(c)));
        }
        rest.push(base.file_name()?.to_owned());
        base = base.parent()?;
    }
}

/// Refuses an output that is one of the inputs, or lies inside an input
/// folder (a later run would read it as an article), before anything is
/// opened.
fn check_output(outputs: &[PathBuf], inputs: &[PathBuf]) -> Result<(), String> {
    for out in outputs {
        let Some(o) = resolved(out) else { continue };
        for inp in inputs {
            if inp.as_os_str() == "-" {
                continue;
            }
            let Ok(i) = fs::canonicalize(inp) else {
                continue;
            };
            if i == o || same_file(&i, &o) {
                return Err(format!(
                    "the output {} is also an input: nothing was read or written",
                    out.display()
                ));
            }
            if i.is_dir() && o.starts_with(&i) {
                return Err(format!(
                    "the output {} is inside the input folder {}: a later run would read it \
                     as an article; write it elsewhere (nothing was read or written)",
                    out.display(),
                    inp.display()
                ));
            }
        }
    }
    Ok(())
}

/// Two names of one file (hard links).
#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.is_file() && x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &Path, _: &Path) -> bool {
    false
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
    /// Articles (files, standard input, errors for paths that do not exist).
    Inputs(Vec<Input>),
    /// JSON Lines sources (files, standard input, errors), read record by record.
    Jsonl(Vec<Input>),
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

    fn inputs(&self) -> &[Input] {
        match self {
            Source::Inputs(v) | Source::Jsonl(v) => v,
        }
    }
}

/// Calls `send` with every record of the JSON Lines `sources` in order,
/// until it returns false. A source that cannot be read, or stops being
/// readable, gets an error record; the next sources are still read.
fn read_jsonl(sources: Vec<Input>, send: &mut dyn FnMut(Input) -> bool) {
    for src in sources {
        let name = src.id();
        let read = match src {
            Input::Stdin => input::read_records(io::stdin().lock(), "-", send),
            Input::File(p) => fs::File::open(&p)
                .and_then(|f| input::read_records(io::BufReader::new(f), &name, send)),
            other => {
                if send(other) {
                    continue;
                }
                return;
            }
        };
        if let Err(e) = read {
            let error = format!("cannot read: {e}");
            if !send(Input::Error { id: name, error }) {
                return;
            }
        }
    }
}

/// Where the results go: the output, the corpus graph, the counts and the
/// progress bar. Runs on whichever worker writes.
struct Out {
    out: Box<dyn Write + Send>,
    corpus: graph::CorpusGraph,
    done: usize,
    failed: usize,
    bar: Option<indicatif::ProgressBar>,
    want_graph: bool,
    quiet: bool,
}

impl Sink<Done> for Out {
    fn put(&mut self, d: Done) -> io::Result<()> {
        self.done += 1;
        if let Some(b) = &self.bar {
            b.inc(1);
        }
        if let Some((id, e)) = &d.error {
            self.failed += 1;
            if !self.quiet {
                let line = format!("paraphe: {id}: {e}");
                // The bar is cleared first, so the line does not start on it.
                match &self.bar {
                    Some(b) => b.suspend(|| eprintln!("{line}")),
                    None => eprintln!("{line}"),
                }
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

/// The folders' files for JSON Lines input, the other paths as they are.
fn jsonl_sources(paths: &[PathBuf], exts: &[String]) -> input::Expanded {
    if paths.is_empty() {
        return input::Expanded {
            inputs: vec![Input::Stdin],
            empty_folders: Vec::new(),
        };
    }
    let mut out = input::Expanded::default();
    for p in paths {
        let mut one = input::expand(std::slice::from_ref(p), exts);
        if !p.is_dir() && p.as_os_str() != "-" {
            // A file is read whatever its name; one that does not exist is
            // reported when read, as a record.
            one.inputs = vec![Input::File(p.clone())];
        }
        out.inputs.append(&mut one.inputs);
        out.empty_folders.append(&mut one.empty_folders);
    }
    out
}

/// Reads the user gazetteers as (file name, contents).
fn read_gazetteers(paths: &[PathBuf]) -> Result<Vec<(String, String)>, String> {
    paths
        .iter()
        .map(|p| crate::read_gazetteer(p).map_err(|e| e.to_string()))
        .collect()
}

/// Says on standard error, when it helps, how the inputs will be read: a
/// `.jsonl` file taken as one article, a terminal waited on.
fn input_hints(source: &Source, jsonl: bool) {
    if !jsonl {
        let records: Vec<String> = source
            .inputs()
            .iter()
            .filter_map(|i| match i {
                Input::File(p)
                    if p.extension().is_some_and(|e| {
                        e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson")
                    }) =>
                {
                    Some(p.display().to_string())
                }
                _ => None,
            })
            .collect();
        if let Some(first) = records.first() {
            let more = match records.len() {
                1 => String::new(),
                n => format!(" (and {} more)", n - 1),
            };
            eprintln!(
                "paraphe: hint: {first}{more} is read as one text article; \
                 to read its lines as records {{\"id\": …, \"text\": …}}, add --input jsonl"
            );
        }
    }
    if source.inputs().iter().any(|i| matches!(i, Input::Stdin)) && io::stdin().is_terminal() {
        let what = if jsonl {
            "JSON Lines records"
        } else {
            "an article"
        };
        eprintln!(
            "paraphe: reading {what} from the terminal; end with Ctrl-D \
             (or give files or folders: paraphe --help)"
        );
    }
}

fn run(args: RunArgs) -> ExitCode {
    let started = Instant::now();
    let jsonl = args.input == InputFormat::Jsonl;
    let exts: Vec<String> = if args.ext.is_empty() {
        vec![if jsonl { "jsonl" } else { "txt" }.to_string()]
    } else {
        args.ext
            .iter()
            .map(|e| input::bare_extension(e).to_string())
            .filter(|e| !e.is_empty())
            .collect()
    };
    let graph_format = args.format.graph();
    if graph_format.is_none() && args.shape.given() {
        return usage_error(
            "--graph, --focus, --min-agreements, --types and --max-nodes shape a graph: \
             give --format dot, graph-json, graphml or csv",
        );
    }
    let outputs = output_paths(graph_format, args.output.as_deref());
    if let Err(e) = check_output(&outputs, &args.paths) {
        return usage_error(&e);
    }
    let user = match read_gazetteers(&args.gazetteer) {
        Ok(u) => u,
        Err(e) => return usage_error(&e),
    };
    // The lexicon is built while the folders are walked.
    let lexicon = std::thread::spawn(move || Extractor::with_gazetteers(&user));
    let expanded = if jsonl {
        jsonl_sources(&args.paths, &exts)
    } else {
        input::expand(&args.paths, &exts)
    };
    let ext_list = exts
        .iter()
        .map(|e| format!("*.{e}"))
        .collect::<Vec<_>>()
        .join(", ");
    if !args.quiet {
        for f in &expanded.empty_folders {
            eprintln!(
                "paraphe: {}: no {ext_list} file in this folder",
                f.display()
            );
        }
    }
    if expanded.inputs.is_empty() {
        eprintln!(
            "paraphe: no input matched (folders are searched for {ext_list}; --ext chooses \
             others); nothing was written"
        );
        return ExitCode::from(1);
    }
    let source = if jsonl {
        Source::Jsonl(expanded.inputs)
    } else {
        Source::Inputs(expanded.inputs)
    };
    if !args.quiet {
        input_hints(&source, jsonl);
    }
    let reads_terminal =
        io::stdin().is_terminal() && source.inputs().iter().any(|i| matches!(i, Input::Stdin));
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
    let (out, out_file, graph_sink) = match graph_format {
        None => match open_output(args.output.as_deref()) {
            Ok((out, file)) => (out, file, None),
            Err(e) => return usage_error(&format!("cannot open output: {e}")),
        },
        Some(f) => match GraphSink::open(f, args.output.as_deref()) {
            Ok(g) => (Box::new(io::sink()) as Box<dyn Write + Send>, None, Some(g)),
            Err(e) => return usage_error(&e),
        },
    };
    let want_graph = graph_format.is_some();
    let terminal = !args.quiet && io::stderr().is_terminal();
    let bar = match &source {
        Source::Inputs(inputs) if terminal && inputs.len() > 1 => {
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
        done: 0,
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
    let result = result.map_err(GraphError::Io).and_then(|mut s| {
        if let Some(b) = &s.bar {
            b.finish_and_clear();
        }
        if let (Some(sink), Some(f)) = (graph_sink, graph_format) {
            sink.write(&s.corpus, f, &args.shape.options(f))?;
        }
        s.out.flush()?;
        drop(s.out);
        if let Some(f) = out_file {
            f.commit()?;
        }
        Ok((s.done, s.failed))
    });
    let (done, failed) = match result {
        Ok(n) => n,
        Err(e) => return graph_error(e),
    };
    if terminal && !reads_terminal {
        let what = if jsonl { "records" } else { "articles" };
        let what = if done == 1 {
            &what[..what.len() - 1]
        } else {
            what
        };
        let to = match &args.output {
            Some(p) => format!(" → {}", p.display()),
            None => String::new(),
        };
        eprintln!(
            "paraphe: {} {what}, {} unreadable, {:.2} s{to}",
            thousands(done),
            thousands(failed),
            started.elapsed().as_secs_f64()
        );
    }
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The exit for a graph that was not written: 1 when a focus name matched
/// nothing, 0 for a closed pipe, 2 for an output that cannot be written.
fn graph_error(e: GraphError) -> ExitCode {
    match e {
        GraphError::Select(msg) => {
            eprintln!("paraphe: {msg}; nothing was written");
            ExitCode::from(1)
        }
        GraphError::Io(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        GraphError::Io(e) => {
            eprintln!("paraphe: cannot write output: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_graph(
    files: &[PathBuf],
    format: GraphFormat,
    output: Option<&Path>,
    shape: &GraphArgs,
    quiet: bool,
) -> ExitCode {
    let started = Instant::now();
    if let Err(e) = check_output(&output_paths(Some(format), output), files) {
        return usage_error(&e);
    }
    let sink = match GraphSink::open(format, output) {
        Ok(s) => s,
        Err(e) => return usage_error(&e),
    };
    let mut corpus = graph::CorpusGraph::default();
    let mut failed = false;
    for f in files {
        let res = if f.as_os_str() == "-" {
            corpus.read_jsonl(io::stdin().lock(), "-")
        } else if f.is_dir() {
            Err(format!(
                "{}: is a folder; paraphe graph reads the JSON Lines that paraphe wrote \
                 (to extract from a folder named graph, write paraphe -- graph)",
                f.display()
            ))
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
    if failed {
        // An empty or partial graph would replace a good one downstream.
        eprintln!("paraphe: nothing was written");
        return ExitCode::from(1);
    }
    let (nodes, edges) = match sink.write(&corpus, format, &shape.options(format)) {
        Ok(n) => n,
        Err(e) => return graph_error(e),
    };
    if !quiet && io::stderr().is_terminal() {
        eprintln!(
            "paraphe: {} records, {} nodes, {} edges, {:.2} s",
            thousands(corpus.records()),
            thousands(nodes),
            thousands(edges),
            started.elapsed().as_secs_f64()
        );
    }
    ExitCode::SUCCESS
}
