//! `CrateMeta`: a crate given by its public interface instead of its source (seed 001's
//! pre-analyzed crates).
//!
//! A crate meta file is Rust source that sem's own parser reads: the crate's public modules,
//! items (without bodies), re-exports and exported macros, written by `sem_db::write_crate_meta`
//! from an analyzed crate. It opens with a versioned header of two inner doc comments:
//!
//! ```text
//! //! sem-crate-meta 1
//! //! crate: serde edition: 2018 kind: lib
//! ```
//!
//! Loading one ([`Sources::add_crate_meta`]) adds a library root that holds the text as `lib.rs`
//! and points the crate at it, so the crate resolves through the ordinary machinery. A file
//! whose header is missing, malformed or of another version is refused with a
//! [`CrateMetaError`]; what follows the header is not checked here (sem's parser is
//! error-tolerant, like it is for any source).

use std::{fmt, path::Path};

use smol_str::SmolStr;

use crate::{
    CrateData, CrateId, Dependency, Edition, FilePath, FileText, FileTree, RelativePath, RootKind, SourceRoot, Sources,
    TargetKind,
};

/// The version of the format that this build writes and reads. A file of another version is
/// refused rather than guessed at.
pub const CRATE_META_VERSION: u32 = 1;

/// What the first line of a crate meta file starts with; the version follows.
const MAGIC: &str = "//! sem-crate-meta ";

/// What the second line starts with; the crate's name, edition and kind follow.
const CRATE_LINE: &str = "//! crate: ";

/// The file name of the crate root in the root a meta file is loaded into.
const ROOT_FILE: &str = "lib.rs";

/// A crate meta file, its header checked: the text, and the crate's name, edition and kind.
#[derive(Clone, Debug)]
pub struct CrateMeta {
    text: FileText,
    crate_name: SmolStr,
    edition: Edition,
    is_proc_macro: bool,
}

/// Why a crate meta file was refused.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CrateMetaError {
    /// The first line is not a crate meta header: not a crate meta file at all.
    NotCrateMeta,
    /// The file is of a version this build does not read.
    UnsupportedVersion {
        /// The version the file says, as written.
        found: String,
    },
    /// The header is there but cannot be read.
    MalformedHeader {
        /// The line of the header (1 or 2).
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// The file could not be read.
    Read {
        /// What the operating system said.
        message: String,
    },
    /// The crate graph has no crate with this id.
    UnknownCrate(CrateId),
    /// The meta file is of another crate than the one it is to stand for.
    WrongCrate {
        /// The crate in the graph: its name and kind.
        expected: String,
        /// The crate the meta file describes.
        found: String,
    },
}

impl fmt::Display for CrateMetaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CrateMetaError::NotCrateMeta => write!(f, "not a crate meta file: the first line is not `{}N`", MAGIC),
            CrateMetaError::UnsupportedVersion { found } => {
                write!(
                    f,
                    "crate meta version `{found}` is not supported (this build reads version {CRATE_META_VERSION})"
                )
            }
            CrateMetaError::MalformedHeader { line, reason } => {
                write!(f, "malformed crate meta header, line {line}: {reason}")
            }
            CrateMetaError::Read { message } => write!(f, "cannot read the crate meta file: {message}"),
            CrateMetaError::UnknownCrate(id) => write!(f, "no crate {} in the crate graph", id.0),
            CrateMetaError::WrongCrate { expected, found } => {
                write!(f, "the crate meta file describes {found}, not {expected}")
            }
        }
    }
}

impl std::error::Error for CrateMetaError {}

impl CrateMeta {
    /// The two header lines of a meta file of the crate `crate_name`, each ending in a newline.
    pub fn header(crate_name: &str, edition: Edition, is_proc_macro: bool) -> String {
        let kind = if is_proc_macro { "proc-macro" } else { "lib" };
        format!("{MAGIC}{CRATE_META_VERSION}\n{CRATE_LINE}{crate_name} edition: {edition} kind: {kind}\n")
    }

    /// Reads the header of `text` and keeps the text; a missing, malformed or other-version
    /// header is an error.
    pub fn parse(text: impl Into<String>) -> Result<CrateMeta, CrateMetaError> {
        let text: String = text.into();
        let mut lines = text.lines();
        let first = lines.next().unwrap_or_default();
        let Some(version) = first.strip_prefix(MAGIC) else { return Err(CrateMetaError::NotCrateMeta) };
        let version = version.trim();
        if version.parse::<u32>().ok() != Some(CRATE_META_VERSION) {
            return Err(CrateMetaError::UnsupportedVersion { found: version.to_owned() });
        }
        let malformed = |reason: &str| CrateMetaError::MalformedHeader { line: 2, reason: reason.to_owned() };
        let second =
            lines.next().ok_or_else(|| malformed("missing: expected `//! crate: NAME edition: YEAR kind: KIND`"))?;
        let fields = second.strip_prefix(CRATE_LINE).ok_or_else(|| malformed("expected `//! crate: NAME ...`"))?;
        // The name is all before the last ` edition: ` (a folder's crate may have spaces in it).
        let expected = || malformed("expected `//! crate: NAME edition: YEAR kind: KIND`");
        let at = fields.rfind(" edition: ").ok_or_else(expected)?;
        let (name, rest) = (fields[..at].trim(), &fields[at..]);
        let words: Vec<&str> = rest.split_whitespace().collect();
        let ["edition:", edition, "kind:", kind] = words.as_slice() else { return Err(expected()) };
        if name.is_empty() || name.chars().any(char::is_control) {
            return Err(malformed(&format!("`{name}` is not a crate name")));
        }
        let edition: Edition = edition.parse().map_err(|_| malformed(&format!("`{edition}` is not an edition")))?;
        let is_proc_macro = match *kind {
            "lib" => false,
            "proc-macro" => true,
            other => return Err(malformed(&format!("`{other}` is not a crate kind (`lib` or `proc-macro`)"))),
        };
        Ok(CrateMeta { crate_name: SmolStr::new(name), edition, is_proc_macro, text: FileText::new(text) })
    }

    /// Reads the file at `path` and checks its header like [`CrateMeta::parse`].
    pub fn read(path: &Path) -> Result<CrateMeta, CrateMetaError> {
        let text = std::fs::read_to_string(path)
            .map_err(|error| CrateMetaError::Read { message: format!("{}: {error}", path.display()) })?;
        CrateMeta::parse(text)
    }

    /// The whole text, header included.
    pub fn text(&self) -> &str {
        self.text.get()
    }

    /// The name of the crate the file describes.
    pub fn crate_name(&self) -> &SmolStr {
        &self.crate_name
    }

    /// The edition of the crate, which the file is written in (its `macro_rules!` bodies are
    /// read with it).
    pub fn edition(&self) -> Edition {
        self.edition
    }

    /// Whether the crate is a procedural-macro crate.
    pub fn is_proc_macro(&self) -> bool {
        self.is_proc_macro
    }

    /// A library root holding the text as its crate root, and the path of that root file.
    fn root(&self, sources: &Sources) -> (FilePath, Sources) {
        let path = RelativePath::new(ROOT_FILE).expect("a valid relative path");
        let tree: FileTree = std::iter::once((path.clone(), self.text.clone())).collect();
        let (root, sources) = sources.add_root(SourceRoot::new(RootKind::Library, tree));
        (FilePath::new(root, path), sources)
    }
}

impl Sources {
    /// Puts `meta` in place of the source of crate `krate`: a new library root holds the meta
    /// text as `lib.rs`, and the crate's root file becomes that file, with the meta's edition.
    /// Everything else about the crate stays (its dependencies, under the names the meta's
    /// re-exports use; its cfg; its registered procedural macros; its id, so its dependents
    /// keep depending on it). The crate's old files stay in their root, reached by no crate.
    ///
    /// Refused when the graph has no crate `krate`, or when the meta describes a crate of
    /// another name or kind.
    pub fn add_crate_meta(&self, krate: CrateId, meta: &CrateMeta) -> Result<Sources, CrateMetaError> {
        let graph = self.crate_graph();
        if krate.0 as usize >= graph.len() {
            return Err(CrateMetaError::UnknownCrate(krate));
        }
        let data = &graph[krate];
        if data.display_name != meta.crate_name || data.is_proc_macro != meta.is_proc_macro {
            let describe = |name: &str, is_proc_macro: bool| {
                format!("`{name}` ({})", if is_proc_macro { "a proc-macro crate" } else { "a library" })
            };
            return Err(CrateMetaError::WrongCrate {
                expected: describe(&data.display_name, data.is_proc_macro),
                found: describe(&meta.crate_name, meta.is_proc_macro),
            });
        }
        let (root_file, sources) = meta.root(self);
        let mut graph = graph.clone();
        graph.set_root(krate, root_file, meta.edition);
        Ok(sources.with_crate_graph(graph))
    }

    /// Adds `meta` as a new crate depending on `dependencies` (crates already in the graph,
    /// under the names its re-exports use), with no cfg options and an empty environment.
    /// Refused when a dependency is not in the graph.
    pub fn add_crate_from_meta(
        &self,
        meta: &CrateMeta,
        dependencies: Vec<Dependency>,
    ) -> Result<(CrateId, Sources), CrateMetaError> {
        let graph = self.crate_graph();
        if let Some(unknown) = dependencies.iter().find(|dep| dep.krate.0 as usize >= graph.len()) {
            return Err(CrateMetaError::UnknownCrate(unknown.krate));
        }
        let (root_file, sources) = meta.root(self);
        let kind = if meta.is_proc_macro { TargetKind::ProcMacro } else { TargetKind::Lib };
        let mut data = CrateData::new(meta.crate_name.clone(), root_file, meta.edition, kind);
        data.dependencies = dependencies;
        let mut graph = graph.clone();
        let id = graph.add_crate(data);
        Ok((id, sources.with_crate_graph(graph)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_text(header: &str) -> String {
        format!("{header}pub struct S;\n")
    }

    #[test]
    fn the_header_written_is_the_header_read() {
        let text = meta_text(&CrateMeta::header("my_crate", Edition::Edition2018, true));
        assert!(text.starts_with("//! sem-crate-meta 1\n//! crate: my_crate edition: 2018 kind: proc-macro\n"));
        let meta = CrateMeta::parse(text.clone()).unwrap();
        assert_eq!(meta.crate_name(), "my_crate");
        assert_eq!(meta.edition(), Edition::Edition2018);
        assert!(meta.is_proc_macro());
        assert_eq!(meta.text(), text);
    }

    #[test]
    fn garbage_other_versions_and_malformed_headers_are_errors() {
        let error = |text: &str| CrateMeta::parse(text).unwrap_err();
        assert_eq!(error(""), CrateMetaError::NotCrateMeta);
        assert_eq!(error("\u{0}\u{1}binary garbage"), CrateMetaError::NotCrateMeta);
        assert_eq!(error("pub struct S;\n"), CrateMetaError::NotCrateMeta);
        assert_eq!(
            error("//! sem-crate-meta 2\n//! crate: a edition: 2021 kind: lib\n"),
            CrateMetaError::UnsupportedVersion { found: "2".to_owned() }
        );
        assert_eq!(error("//! sem-crate-meta one\n"), CrateMetaError::UnsupportedVersion { found: "one".to_owned() });
        let malformed = |text: &str| match error(text) {
            CrateMetaError::MalformedHeader { line, reason } => format!("{line}: {reason}"),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            malformed("//! sem-crate-meta 1\n"),
            "2: missing: expected `//! crate: NAME edition: YEAR kind: KIND`"
        );
        assert_eq!(
            malformed("//! sem-crate-meta 1\n//! crate: a edition: 2021\n"),
            "2: expected `//! crate: NAME edition: YEAR kind: KIND`"
        );
        assert_eq!(
            malformed("//! sem-crate-meta 1\n//! crate: a edition: 2019 kind: lib\n"),
            "2: `2019` is not an edition"
        );
        assert_eq!(
            malformed("//! sem-crate-meta 1\n//! crate: a edition: 2021 kind: bin\n"),
            "2: `bin` is not a crate kind (`lib` or `proc-macro`)"
        );
        assert_eq!(
            malformed("//! sem-crate-meta 1\n//! crate:  edition: 2021 kind: lib\n"),
            "2: `` is not a crate name"
        );
        let spaced =
            CrateMeta::parse("//! sem-crate-meta 1\r\n//! crate: my folder edition: 2015 kind: lib\r\n").unwrap();
        assert_eq!((spaced.crate_name().as_str(), spaced.edition()), ("my folder", Edition::Edition2015));
        assert_eq!(
            error("//! sem-crate-meta 9\n").to_string(),
            "crate meta version `9` is not supported (this build reads version 1)"
        );
        let missing = CrateMeta::read(Path::new("/no/such/dir/meta.rs")).unwrap_err();
        assert!(matches!(missing, CrateMetaError::Read { .. }), "{missing:?}");
    }

    fn one_crate(name: &str) -> (Sources, CrateId) {
        let path = RelativePath::new("lib.rs").unwrap();
        let tree: FileTree = std::iter::once((path.clone(), "pub struct Source;")).collect();
        let (root, sources) = Sources::new().add_file_tree(RootKind::Library, tree);
        let mut graph = crate::CrateGraph::new();
        let dep = graph.add_crate(CrateData::new(
            "dep",
            FilePath::new(root, path.clone()),
            Edition::Edition2015,
            TargetKind::Lib,
        ));
        let mut data = CrateData::new(name, FilePath::new(root, path), Edition::Edition2015, TargetKind::Lib);
        data.dependencies.push(Dependency { name: "dep".into(), krate: dep });
        let id = graph.add_crate(data);
        (sources.with_crate_graph(graph), id)
    }

    #[test]
    fn a_meta_replaces_the_source_of_its_crate_and_keeps_its_dependencies() {
        let (sources, id) = one_crate("a");
        let meta = CrateMeta::parse(meta_text(&CrateMeta::header("a", Edition::Edition2021, false))).unwrap();
        let replaced = sources.add_crate_meta(id, &meta).unwrap();
        let data = &replaced.crate_graph()[id];
        assert_eq!(data.edition, Edition::Edition2021);
        assert_eq!(replaced.get_text(data.root_file.root, &data.root_file.path), Some(meta.text()));
        assert_eq!(replaced.root(data.root_file.root).unwrap().kind, RootKind::Library);
        assert_eq!(data.dependencies, sources.crate_graph()[id].dependencies);
        assert_eq!(sources.crate_graph()[id].edition, Edition::Edition2015, "the older value is unchanged");

        let other = CrateMeta::parse(meta_text(&CrateMeta::header("b", Edition::Edition2021, false))).unwrap();
        let error = sources.add_crate_meta(id, &other).unwrap_err();
        assert_eq!(error.to_string(), "the crate meta file describes `b` (a library), not `a` (a library)");
        assert_eq!(sources.add_crate_meta(CrateId(7), &meta).unwrap_err(), CrateMetaError::UnknownCrate(CrateId(7)));
    }

    #[test]
    fn a_meta_can_be_a_new_crate() {
        let (sources, _) = one_crate("a");
        let meta = CrateMeta::parse(meta_text(&CrateMeta::header("new", Edition::Edition2018, true))).unwrap();
        let dependency = Dependency { name: "dep".into(), krate: CrateId(0) };
        let (id, added) = sources.add_crate_from_meta(&meta, vec![dependency.clone()]).unwrap();
        let data = &added.crate_graph()[id];
        assert_eq!(
            (data.display_name.as_str(), data.target_kind, data.is_proc_macro),
            ("new", TargetKind::ProcMacro, true)
        );
        assert_eq!(data.dependencies, [dependency]);
        let unknown = Dependency { name: "x".into(), krate: CrateId(9) };
        assert_eq!(
            sources.add_crate_from_meta(&meta, vec![unknown]).unwrap_err(),
            CrateMetaError::UnknownCrate(CrateId(9))
        );
    }
}
