//! The Python module `paraphe._paraphe` (cargo feature `python`), built by
//! maturin from `pyproject.toml`; the package in `python/paraphe/` wraps it.
//!
//! Every record is made by the output writer the command line uses
//! ([`output::to_json_line`]), so a record from Python is the command line's
//! line for the same text, byte for byte once serialised. Extraction always
//! runs with the GIL released; `pipe` runs it on a pool of Rust threads
//! through the command line's ordered pipeline ([`pipeline::run`]).

use crate::input::{self, Input};
use crate::pipeline::{self, Sink, Supply};
use crate::{graph, output, Document, Extractor};

mod to_py;
use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyIterator, PyString, PyTuple};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex};

// The command line's allocator, for the same speed (when both are built,
// the command line's declaration is the one that counts).
#[cfg(not(feature = "cli"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

pyo3::create_exception!(
    paraphe,
    GazetteerError,
    PyValueError,
    "A user gazetteer is malformed; `file` and `line` say where (line 0: the whole file)."
);

/// How many documents may be in flight per worker thread (as on the command
/// line): enough to keep every worker busy behind a long article, few enough
/// that memory stays bounded whatever the length of the input.
const WINDOW_PER_THREAD: usize = 32;

/// Where a document's text comes from.
enum Src {
    /// Text, a file or an error, read as the command line reads them.
    Input(Input),
    /// Raw bytes, decoded as the command line decodes a file.
    Bytes(Vec<u8>),
}

/// One document to process: its `doc` id and its source.
struct Job {
    id: String,
    src: Src,
}

/// What processing one document gave. Workers keep the document; the
/// record is made where it is wanted: as a JSON line, or as Python objects
/// on the thread that holds the GIL.
enum Done {
    Doc {
        id: String,
        encoding: Option<&'static str>,
        doc: Box<Document>,
    },
    Error {
        id: String,
        error: String,
    },
    /// The record line, already written (no newline).
    Line(String),
}

impl Done {
    /// The record as the command line's JSON line, without its newline.
    fn line(&self) -> String {
        let mut line = match self {
            Done::Doc { id, encoding, doc } => output::to_json_line(id, *encoding, doc),
            Done::Error { id, error } => output::error_line(id, error),
            Done::Line(l) => return l.clone(),
        };
        line.pop();
        line
    }

    /// As its line, written here (on a worker thread).
    fn into_line(self) -> Done {
        match self {
            Done::Line(_) => self,
            d => Done::Line(d.line()),
        }
    }

    /// The record as a dict (a line as a `str`).
    fn into_py(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(match &self {
            Done::Doc { id, encoding, doc } => {
                to_py::to_py(py, &output::record(id, *encoding, doc))?.unbind()
            }
            Done::Error { id, error } => {
                to_py::to_py(py, &output::ErrorRecord { doc: id, error })?.unbind()
            }
            Done::Line(l) => PyString::new(py, l).into_any().unbind(),
        })
    }

    /// For Spark: `(record line, has signings, is an error record)`.
    fn triple(self) -> (String, bool, bool) {
        let signings = matches!(&self, Done::Doc { doc, .. } if !doc.relations.is_empty());
        let failed = matches!(self, Done::Error { .. });
        (self.line(), signings, failed)
    }
}

fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown".into())
}

/// One document through the extractor, as the command line processes an
/// input: a document that cannot be read, or that makes a rule panic,
/// becomes an error record.
fn process(ex: &Extractor, job: &Job) -> Done {
    let id = job.id.clone();
    let loaded = match &job.src {
        Src::Input(inp) => inp.load(),
        Src::Bytes(b) if b.len() as u64 > input::MAX_INPUT_BYTES => Err(format!(
            "input too large ({} bytes; at most {} per document)",
            b.len(),
            input::MAX_INPUT_BYTES
        )),
        Src::Bytes(b) => input::decode(b),
    };
    let dec = match loaded {
        Ok(d) => d,
        Err(error) => return Done::Error { id, error },
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ex.extract(&dec.text))) {
        Ok(doc) => Done::Doc {
            id,
            encoding: dec.encoding,
            doc: Box::new(doc),
        },
        Err(p) => Done::Error {
            id,
            error: format!(
                "internal error while extracting (please report): {}",
                panic_text(&*p)
            ),
        },
    }
}

/// The source of a text argument: `str` as a JSON Lines record's text,
/// `bytes` as a file's contents. A `str` that cannot be UTF-8 (a lone
/// surrogate) is a bad document, not a bad call.
fn text_src(obj: &Bound<'_, PyAny>) -> PyResult<Src> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Src::Input(match s.to_str() {
            Ok(t) => Input::Record {
                id: String::new(),
                text: t.to_string(),
            },
            Err(e) => Input::Error {
                id: String::new(),
                error: format!("text is not valid Unicode: {e}"),
            },
        }));
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Src::Bytes(b.as_bytes().to_vec()));
    }
    Err(PyTypeError::new_err(format!(
        "a text must be str or bytes, not {}",
        obj.get_type().name()?
    )))
}

/// A `doc` id given from Python: a string, or anything `str()` turns into one.
fn id_text(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    match obj.cast::<PyString>() {
        Ok(s) => Ok(s.to_str()?.to_string()),
        Err(_) => Ok(obj.str()?.to_str()?.to_string()),
    }
}

/// One item of `pipe`'s input: a text, a `(text, id)` pair, or a mapping
/// with `text` and `id` (or `doc`), as a JSON Lines record. Without an id,
/// the item's position in the input.
fn pipe_job(item: &Bound<'_, PyAny>, position: usize) -> PyResult<Job> {
    if let Ok(t) = item.cast::<PyTuple>() {
        if t.len() != 2 {
            return Err(PyTypeError::new_err(format!(
                "pipe item {position}: a pair is (text, id), not {} items",
                t.len()
            )));
        }
        let id = t.get_item(1)?;
        return Ok(Job {
            id: if id.is_none() {
                position.to_string()
            } else {
                id_text(&id)?
            },
            src: text_src(&t.get_item(0)?)?,
        });
    }
    if let Ok(d) = item.cast::<PyDict>() {
        let id = match d.get_item("id")? {
            Some(v) if !v.is_none() => id_text(&v)?,
            _ => match d.get_item("doc")? {
                Some(v) if !v.is_none() => id_text(&v)?,
                _ => position.to_string(),
            },
        };
        let src = match d.get_item("text")? {
            Some(t) if t.is_instance_of::<PyString>() || t.is_instance_of::<PyBytes>() => {
                text_src(&t)?
            }
            _ => Src::Input(Input::Error {
                id: String::new(),
                error: "record has no string field \"text\"".into(),
            }),
        };
        return Ok(Job { id, src });
    }
    Ok(Job {
        id: position.to_string(),
        src: text_src(item).map_err(|e| {
            PyTypeError::new_err(format!(
                "pipe item {position}: {}; items are texts, (text, id) pairs or {{\"id\", \"text\"}} dicts",
                e.value(item.py())
            ))
        })?,
    })
}

/// The results of the worker threads, for the consumer in `__next__`.
/// Results go in batches: the consumer is woken once per batch, not once
/// per document (on two cores, each wake-up takes a core from a worker).
struct ToChannel {
    tx: mpsc::Sender<Vec<Done>>,
    batch: Vec<Done>,
}

/// Results per batch.
const BATCH: usize = 16;

impl ToChannel {
    fn send(&mut self) -> io::Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
        // The consumer has gone (the iterator was dropped): stop the workers.
        self.tx
            .send(batch)
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "pipe closed"))
    }
}

impl Sink<Done> for ToChannel {
    fn put(&mut self, d: Done) -> io::Result<()> {
        self.batch.push(d);
        if self.batch.len() >= BATCH {
            self.send()?;
        }
        Ok(())
    }

    /// Every input sent so far is done: the consumer may be waiting for
    /// these to send more.
    fn caught_up(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// The threads of a running `pipe`.
struct Workers {
    /// Inputs for the workers; dropped when the Python input is exhausted.
    tx: Option<mpsc::SyncSender<Job>>,
    /// Results, in input order, in batches.
    rx: mpsc::Receiver<Vec<Done>>,
    /// The batch being handed out.
    ready: std::collections::VecDeque<Done>,
}

struct PipeState {
    ex: Extractor,
    /// The Python input; None once exhausted (or once it raised).
    items: Option<Py<PyIterator>>,
    /// None: every item is processed on the calling thread.
    workers: Option<Workers>,
    /// Items taken from the input, results handed out.
    taken: usize,
    given: usize,
    window: usize,
    /// What the input raised: raised after the results of the items before it.
    error: Option<PyErr>,
    as_json: bool,
}

/// The iterator `pipe` returns: records in input order.
#[pyclass(module = "paraphe")]
struct Pipe {
    state: Mutex<PipeState>,
}

impl PipeState {
    /// The next item of the Python input, or None (input exhausted, or it
    /// raised: the error is kept for after the results already under way).
    fn pull(&mut self, py: Python<'_>) -> Option<Job> {
        let items = self.items.as_ref()?.bind(py).clone();
        let next = items.into_iter().next();
        let job = match next {
            Some(Ok(item)) => pipe_job(&item, self.taken),
            Some(Err(e)) => Err(e),
            None => {
                self.items = None;
                return None;
            }
        };
        match job {
            Ok(j) => {
                self.taken += 1;
                Some(j)
            }
            Err(e) => {
                self.items = None;
                self.error = Some(e);
                None
            }
        }
    }

    fn output(&self, py: Python<'_>, d: Done) -> PyResult<Py<PyAny>> {
        if self.as_json {
            d.into_line().into_py(py)
        } else {
            d.into_py(py)
        }
    }

    fn next(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        if self.workers.is_none() {
            // One thread: the caller's, with the GIL released while it extracts.
            let Some(job) = self.pull(py) else {
                return self.error.take().map_or(Ok(None), Err);
            };
            self.given += 1;
            let ex = &self.ex;
            let d = py.detach(|| process(ex, &job));
            return self.output(py, d).map(Some);
        }
        // Keep the window full, so the workers run on while Python works on
        // the records handed out.
        while self.items.is_some() && self.taken - self.given < self.window {
            let Some(job) = self.pull(py) else { break };
            let tx = self.workers.as_ref().and_then(|w| w.tx.as_ref());
            if tx.is_none_or(|tx| tx.send(job).is_err()) {
                return Err(stopped());
            }
        }
        let Some(w) = &mut self.workers else {
            return Err(stopped());
        };
        if self.items.is_none() {
            // The pipeline ends once it has processed what it was sent.
            w.tx = None;
        }
        if self.given == self.taken {
            return self.error.take().map_or(Ok(None), Err);
        }
        if w.ready.is_empty() {
            let rx = &mut w.rx;
            w.ready = py.detach(move || rx.recv()).map_err(|_| stopped())?.into();
        }
        let d = w.ready.pop_front().ok_or_else(stopped)?;
        self.given += 1;
        self.output(py, d).map(Some)
    }
}

fn stopped() -> PyErr {
    PyRuntimeError::new_err("paraphe: the worker threads stopped")
}

#[pymethods]
impl Pipe {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let mut st = self
            .state
            .try_lock()
            .map_err(|_| PyRuntimeError::new_err("this pipe is already being iterated"))?;
        st.next(py)
    }
}

/// Starts `threads` workers; with `as_json` they write the lines too.
fn start_workers(ex: &Extractor, threads: usize, as_json: bool) -> PyResult<Workers> {
    let window = WINDOW_PER_THREAD * threads;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("paraphe-{i}"))
        .build()
        .map_err(|e| PyRuntimeError::new_err(format!("cannot start worker threads: {e}")))?;
    let (tx, in_rx) = mpsc::sync_channel::<Job>(window);
    let (out_tx, rx) = mpsc::channel();
    let ex = ex.clone();
    std::thread::Builder::new()
        .name("paraphe-pipe".into())
        .spawn(move || {
            let done = pipeline::run(
                &pool,
                Supply::Stream(in_rx),
                window,
                move |job: &Job| {
                    let d = process(&ex, job);
                    if as_json {
                        d.into_line()
                    } else {
                        d
                    }
                },
                ToChannel {
                    tx: out_tx,
                    batch: Vec::with_capacity(BATCH),
                },
            );
            if let Ok(mut sink) = done {
                // An error here only means the consumer went away.
                let _ = sink.send();
            }
        })
        .map_err(|e| PyRuntimeError::new_err(format!("cannot start the pipe thread: {e}")))?;
    Ok(Workers {
        tx: Some(tx),
        rx,
        ready: Default::default(),
    })
}

fn gazetteer_error(py: Python<'_>, e: &crate::lexicon::GazError) -> PyErr {
    let err = GazetteerError::new_err(e.to_string());
    let v = err.value(py);
    if v.setattr("file", &e.file).is_err() || v.setattr("line", e.line).is_err() {
        return PyRuntimeError::new_err(e.to_string());
    }
    err
}

/// Reads a user gazetteer as the command line does; a file that cannot be
/// read is an `OSError` (`FileNotFoundError` when it is not there).
fn read_gazetteer(py: Python<'_>, p: &Path) -> PyResult<(String, String)> {
    crate::read_gazetteer(p).map_err(|e| match e.line {
        0 if !p.exists() => PyFileNotFoundError::new_err(e.to_string()),
        0 => PyOSError::new_err(e.to_string()),
        _ => gazetteer_error(py, &e),
    })
}

/// Finds entities and signings in French news articles.
///
/// `Extractor()` has the embedded gazetteers; `Extractor(gazetteers=[paths])`
/// adds your own lists (TSV: text, TYPE, canonical, tags), and raises
/// `GazetteerError` (with `.file` and `.line`) for a malformed one.
/// An extractor is immutable: share one between threads.
#[pyclass(name = "Extractor", module = "paraphe", frozen)]
struct PyExtractor {
    ex: Extractor,
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (gazetteers = None))]
    fn new(py: Python<'_>, gazetteers: Option<Vec<PathBuf>>) -> PyResult<Self> {
        let user = gazetteers
            .unwrap_or_default()
            .iter()
            .map(|p| read_gazetteer(py, p))
            .collect::<PyResult<Vec<_>>>()?;
        PyExtractor::from_contents(py, user)
    }

    /// An extractor from gazetteers given as `(name, contents)` pairs: what
    /// a Spark executor builds from the lists the driver read.
    #[staticmethod]
    fn from_contents(py: Python<'_>, lists: Vec<(String, String)>) -> PyResult<Self> {
        match py.detach(|| Extractor::with_gazetteers(&lists)) {
            Ok(ex) => Ok(PyExtractor { ex }),
            Err(e) => Err(gazetteer_error(py, &e)),
        }
    }

    /// The record of one article, as a dict: the command line's line for the
    /// same text (`doc` is `id`, or `"-"` as for standard input). `text` is a
    /// `str`, or `bytes` decoded as the command line decodes a file. An
    /// article that cannot be read gives `{"doc": …, "error": …}`.
    #[pyo3(signature = (text, id = None))]
    fn extract(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        self.run_one(py, text, id)?.into_py(py)
    }

    /// As `extract`, the record as the command line's JSON line (without
    /// its newline).
    #[pyo3(signature = (text, id = None))]
    fn extract_json(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        Ok(self.run_one(py, text, id)?.line())
    }

    /// The record of a file, read and decoded as the command line reads it
    /// (`doc` is the path as given, unless `id` is).
    #[pyo3(signature = (path, id = None))]
    fn extract_file(
        &self,
        py: Python<'_>,
        path: PathBuf,
        id: Option<String>,
    ) -> PyResult<Py<PyAny>> {
        let id = id.unwrap_or_else(|| path.display().to_string());
        self.run(py, id, Src::Input(Input::File(path))).into_py(py)
    }

    /// Records for many articles, in input order, extracted on `threads`
    /// Rust threads (default: all cores) with the GIL released. Items are
    /// texts (`doc` is their position, from `"0"`), `(text, id)` pairs or
    /// `{"id": …, "text": …}` dicts. Streaming: at most 32 items per thread
    /// are read ahead of the record handed out. `as_json=True` gives the
    /// command line's JSON lines (without newlines) instead of dicts.
    #[pyo3(signature = (items, threads = None, as_json = false))]
    fn pipe(
        &self,
        items: &Bound<'_, PyAny>,
        threads: Option<usize>,
        as_json: bool,
    ) -> PyResult<Pipe> {
        let threads = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let items = items.try_iter()?.unbind();
        let workers = if threads > 1 {
            Some(start_workers(&self.ex, threads, as_json)?)
        } else {
            None
        };
        Ok(Pipe {
            state: Mutex::new(PipeState {
                ex: self.ex.clone(),
                items: Some(items),
                workers,
                taken: 0,
                given: 0,
                window: WINDOW_PER_THREAD * threads,
                error: None,
                as_json,
            }),
        })
    }

    /// For Spark: `(record line, has signings, is an error record)` for a
    /// file; `id` names it (the path as the user gave it) when `path` is
    /// where it is read from.
    #[pyo3(signature = (path, id = None))]
    fn process_file(
        &self,
        py: Python<'_>,
        path: PathBuf,
        id: Option<String>,
    ) -> (String, bool, bool) {
        let id = id.unwrap_or_else(|| path.display().to_string());
        self.run(py, id, Src::Input(Input::File(path))).triple()
    }

    /// For Spark: as `process_file`, for a file's contents read by Spark.
    fn process_bytes(&self, py: Python<'_>, data: Vec<u8>, id: String) -> (String, bool, bool) {
        self.run(py, id, Src::Bytes(data)).triple()
    }

    /// For Spark: as `process_file`, for one line of JSON Lines input
    /// (bytes, as read); `fallback_id` names a record without an id
    /// (`file:line`, as on the command line). None for a blank line.
    fn process_jsonl(
        &self,
        py: Python<'_>,
        line: &[u8],
        fallback_id: &str,
    ) -> Option<(String, bool, bool)> {
        let inp = match std::str::from_utf8(line) {
            Ok(s) if s.trim().is_empty() => return None,
            Ok(s) => input::parse_record(s.trim_start_matches('\u{FEFF}'), fallback_id),
            Err(_) => Input::Error {
                id: fallback_id.to_string(),
                error: "line is not valid UTF-8".into(),
            },
        };
        Some(self.run(py, inp.id(), Src::Input(inp)).triple())
    }
}

impl PyExtractor {
    /// Processes one document with the GIL released.
    fn run(&self, py: Python<'_>, id: String, src: Src) -> Done {
        let job = Job { id, src };
        py.detach(|| process(&self.ex, &job))
    }

    fn run_one(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Done> {
        let id = match id {
            Some(i) if !i.is_none() => id_text(i)?,
            _ => "-".to_string(),
        };
        Ok(self.run(py, id, text_src(text)?))
    }
}

/// The corpus graph of signings, built from records exactly as
/// `paraphe graph` builds it from saved JSON Lines: bodies and people merged
/// across articles, agreements as nodes.
#[pyclass(name = "CorpusGraph", module = "paraphe")]
struct PyCorpusGraph {
    g: Mutex<graph::CorpusGraph>,
}

impl PyCorpusGraph {
    fn lock(&self) -> std::sync::MutexGuard<'_, graph::CorpusGraph> {
        self.g.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[pymethods]
impl PyCorpusGraph {
    #[new]
    fn new() -> Self {
        PyCorpusGraph {
            g: Mutex::new(graph::CorpusGraph::default()),
        }
    }

    /// Adds one record: a dict as `extract` gives, or its JSON line. Error
    /// records and records without signings add nothing.
    fn add(&self, py: Python<'_>, record: &Bound<'_, PyAny>) -> PyResult<()> {
        let text = match record.cast::<PyString>() {
            Ok(s) => s.to_str()?.to_string(),
            Err(_) => py
                .import("json")?
                .call_method1("dumps", (record,))?
                .extract::<String>()?,
        };
        let v: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| PyValueError::new_err(format!("not a JSON record: {e}")))?;
        match graph::DocGraph::from_value(&v) {
            Some(d) => self.lock().add(d),
            None if v.get("doc").is_none() => {
                return Err(PyValueError::new_err("not a paraphe record"))
            }
            None => {}
        }
        Ok(())
    }

    /// Adds every record of a JSON Lines file saved by paraphe; bad lines
    /// raise `ValueError` (`file:line: …`) after the good ones are added.
    fn read_jsonl(&self, py: Python<'_>, path: PathBuf) -> PyResult<()> {
        let name = path.display().to_string();
        let f = std::fs::File::open(&path)
            .map_err(|e| PyOSError::new_err(format!("{name}: cannot read: {e}")))?;
        let mut guard = self.lock();
        let g: &mut graph::CorpusGraph = &mut guard;
        py.detach(move || g.read_jsonl(io::BufReader::new(f), &name))
            .map_err(PyValueError::new_err)
    }

    /// The graph as JSON, as `paraphe graph --format graph-json` writes it.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        self.render(
            py,
            "graph-json",
            "agreements",
            Vec::new(),
            0,
            Vec::new(),
            None,
        )
    }

    /// The graph as Graphviz DOT, as `paraphe graph` writes it.
    fn to_dot(&self, py: Python<'_>) -> PyResult<String> {
        self.render(py, "dot", "agreements", Vec::new(), 0, Vec::new(), None)
    }

    /// The graph as `paraphe graph` writes it with the same options:
    /// `format` `dot`, `graph-json` or `graphml`; `view` `agreements` or
    /// `parties`; `focus` names; `min_agreements`; `types` (`ORG`, …);
    /// `max_nodes` (default 300 for DOT, all otherwise; 0 for all).
    #[pyo3(signature = (format = "graph-json", view = "agreements", focus = Vec::new(), min_agreements = 0, types = Vec::new(), max_nodes = None))]
    #[allow(clippy::too_many_arguments)]
    fn render(
        &self,
        py: Python<'_>,
        format: &str,
        view: &str,
        focus: Vec<String>,
        min_agreements: usize,
        types: Vec<String>,
        max_nodes: Option<usize>,
    ) -> PyResult<String> {
        let opts = graph::Options {
            view: match view {
                "agreements" => graph::View::Agreements,
                "parties" => graph::View::Parties,
                v => return Err(PyValueError::new_err(format!("unknown view {v:?}"))),
            },
            focus,
            min_agreements,
            types,
            max_nodes: max_nodes.unwrap_or(if format == "dot" {
                graph::DEFAULT_MAX_NODES
            } else {
                0
            }),
        };
        if !matches!(format, "dot" | "graph-json" | "graphml") {
            return Err(PyValueError::new_err(format!("unknown format {format:?}")));
        }
        let guard = self.lock();
        let g: &graph::CorpusGraph = &guard;
        let format = format.to_string();
        py.detach(move || -> Result<String, String> {
            let built = g.build();
            let picture = built.select(&opts)?;
            Ok(match format.as_str() {
                "dot" => picture.to_dot(),
                "graphml" => picture.to_graphml(),
                _ => picture.to_json(),
            })
        })
        .map_err(PyValueError::new_err)
    }
}

/// For Spark: the inputs named by files and folders, as the command line
/// expands them (folders walked in path order, files with one of `exts`):
/// `(doc, None)` for a file, `(doc, error)` for a path that cannot be read.
fn expand_paths(paths: Vec<PathBuf>, exts: Vec<String>) -> Vec<(String, Option<String>)> {
    input::expand(&paths, &exts)
        .inputs
        .into_iter()
        .map(|inp| match inp {
            Input::File(p) => (p.display().to_string(), None),
            Input::Stdin => ("-".into(), Some("standard input is not read here".into())),
            Input::Record { id, .. } => (id, None),
            Input::Error { id, error } => (id, Some(error)),
        })
        .collect()
}

/// paraphe, compiled: see the package `paraphe` for the documented API.
#[pymodule]
mod _paraphe {
    #[pymodule_export]
    use super::{GazetteerError, Pipe, PyCorpusGraph, PyExtractor};

    use pyo3::prelude::*;

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add("__version__", env!("CARGO_PKG_VERSION"))
    }

    /// For Spark: see `expand_paths`.
    #[pyfunction]
    fn expand(paths: Vec<std::path::PathBuf>, exts: Vec<String>) -> Vec<(String, Option<String>)> {
        super::expand_paths(paths, exts)
    }

    /// The error record `{"doc": id, "error": error}` as a JSON line (without
    /// its newline), as the command line writes it.
    #[pyfunction]
    fn error_line(id: &str, error: &str) -> String {
        super::Done::Error {
            id: id.to_string(),
            error: error.to_string(),
        }
        .line()
    }
}
