//! Stage 8: the corpus graph (work in progress).

use crate::Document;

/// The graph contribution of one document.
#[derive(Debug, Clone, Default)]
pub struct DocGraph;

impl DocGraph {
    /// From an extracted document.
    pub fn from_document(_id: &str, _d: &Document) -> DocGraph {
        DocGraph
    }
}

/// Accumulates documents.
#[derive(Debug, Default)]
pub struct CorpusGraph;

/// The built graph.
#[derive(Debug, Default)]
pub struct Graph;

impl CorpusGraph {
    /// Adds a document.
    pub fn add(&mut self, _d: DocGraph) {}
    /// Reads saved output.
    pub fn read_jsonl<R: std::io::BufRead>(&mut self, _r: R, _name: &str) -> Result<(), String> {
        Ok(())
    }
    /// Builds the graph.
    pub fn build(&self) -> Graph {
        Graph
    }
}

impl Graph {
    /// DOT.
    pub fn to_dot(&self) -> String {
        String::new()
    }
    /// JSON.
    pub fn to_json(&self) -> String {
        String::new()
    }
}
