//! The crate graph: which crates exist, their root files, settings and dependencies.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt,
};

use sem_syntax::Edition;
use smol_str::SmolStr;

use crate::FilePath;

/// The index of a crate in its [`CrateGraph`].
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct CrateId(pub u32);

/// What kind of Cargo target (or other origin) a crate comes from.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum TargetKind {
    /// A library (`lib`, `rlib`, `dylib`, `cdylib`, `staticlib`).
    Lib,
    /// A procedural-macro library.
    ProcMacro,
    /// A binary.
    Bin,
    /// An integration test.
    Test,
    /// An example.
    Example,
    /// A benchmark.
    Bench,
    /// A build script.
    BuildScript,
    /// A file that no other crate reaches, analyzed as a crate of its own.
    Detached,
}

impl TargetKind {
    /// The name Cargo uses for the kind (`lib`, `proc-macro`, `bin`, …; `detached` for ours).
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::Lib => "lib",
            TargetKind::ProcMacro => "proc-macro",
            TargetKind::Bin => "bin",
            TargetKind::Test => "test",
            TargetKind::Example => "example",
            TargetKind::Bench => "bench",
            TargetKind::BuildScript => "custom-build",
            TargetKind::Detached => "detached",
        }
    }
}

/// One `--cfg` option: a flag (`test`, `unix`) or a key with a value (`feature = "std"`).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum CfgAtom {
    /// `#[cfg(name)]`.
    Flag(SmolStr),
    /// `#[cfg(key = "value")]`.
    KeyValue {
        /// The key, such as `feature`.
        key: SmolStr,
        /// The value, such as `std`.
        value: SmolStr,
    },
}

impl fmt::Display for CfgAtom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CfgAtom::Flag(name) => f.write_str(name),
            CfgAtom::KeyValue { key, value } => write!(f, "{key} = {:?}", value.as_str()),
        }
    }
}

/// The set of cfg options a crate is compiled with.
#[derive(Clone, PartialEq, Eq, Hash, Default, Debug)]
pub struct CfgOptions {
    atoms: BTreeSet<CfgAtom>,
}

impl CfgOptions {
    /// No option set.
    pub fn new() -> CfgOptions {
        CfgOptions::default()
    }

    /// Sets the flag `name`.
    pub fn insert_flag(&mut self, name: impl Into<SmolStr>) {
        self.atoms.insert(CfgAtom::Flag(name.into()));
    }

    /// Sets `key = "value"` (a key may have several values, as `feature` does).
    pub fn insert_key_value(&mut self, key: impl Into<SmolStr>, value: impl Into<SmolStr>) {
        self.atoms.insert(CfgAtom::KeyValue { key: key.into(), value: value.into() });
    }

    /// Whether `atom` is set.
    pub fn contains(&self, atom: &CfgAtom) -> bool {
        self.atoms.contains(atom)
    }

    /// Whether the flag `name` is set.
    pub fn has_flag(&self, name: &str) -> bool {
        self.atoms.contains(&CfgAtom::Flag(name.into()))
    }

    /// Every value set for `key`.
    pub fn values<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.atoms.iter().filter_map(move |atom| match atom {
            CfgAtom::KeyValue { key: k, value } if k == key => Some(value.as_str()),
            _ => None,
        })
    }

    /// Every option, in order.
    pub fn iter(&self) -> impl Iterator<Item = &CfgAtom> {
        self.atoms.iter()
    }
}

impl FromIterator<CfgAtom> for CfgOptions {
    fn from_iter<I: IntoIterator<Item = CfgAtom>>(iter: I) -> CfgOptions {
        CfgOptions { atoms: iter.into_iter().collect() }
    }
}

/// A dependency edge: the crate depended on, under the name the dependent uses for it.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Dependency {
    /// The name in the dependent's extern prelude (`serde_json`, or the name of a rename).
    pub name: SmolStr,
    /// The crate depended on.
    pub krate: CrateId,
}

/// Everything known about one crate.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CrateData {
    /// A name for people: the Cargo target name, or the file name of a detached crate.
    pub display_name: SmolStr,
    /// The Cargo package the crate is a target of, if it comes from one.
    pub package: Option<SmolStr>,
    /// The crate root (`lib.rs`, `main.rs`, …).
    pub root_file: FilePath,
    /// The edition the crate is written in.
    pub edition: Edition,
    /// The cfg options the crate is compiled with.
    pub cfg: CfgOptions,
    /// The crates it depends on, under the names it uses.
    pub dependencies: Vec<Dependency>,
    /// Whether it is a proc-macro crate.
    pub is_proc_macro: bool,
    /// Where it comes from.
    pub target_kind: TargetKind,
    /// The build-time environment, read by `env!` and `option_env!`.
    pub env: BTreeMap<String, String>,
    /// The names of dependencies that only `extern crate` brings into scope, outside the extern
    /// prelude (rustc's `--extern noprelude:`): the standard library's `alloc` and `test`,
    /// which every crate may name but few do.
    pub outside_prelude: Vec<SmolStr>,
}

impl CrateData {
    /// A crate with no cfg options, no dependencies and an empty environment.
    pub fn new(
        display_name: impl Into<SmolStr>,
        root_file: FilePath,
        edition: Edition,
        target_kind: TargetKind,
    ) -> CrateData {
        CrateData {
            display_name: display_name.into(),
            package: None,
            root_file,
            edition,
            cfg: CfgOptions::new(),
            dependencies: Vec::new(),
            is_proc_macro: target_kind == TargetKind::ProcMacro,
            target_kind,
            env: BTreeMap::new(),
            outside_prelude: Vec::new(),
        }
    }
}

/// A dependency that was refused because it would close a cycle.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CyclicDependency {
    /// The display names along the cycle, starting and ending with the dependent crate.
    pub path: Vec<SmolStr>,
}

impl fmt::Display for CyclicDependency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cyclic crate dependency: {}", self.path.join(" -> "))
    }
}

impl std::error::Error for CyclicDependency {}

/// The crates of an analysis and their dependencies: always a DAG.
///
/// Several crates may share a root file (a library with and without `--cfg test`, say).
#[derive(Clone, PartialEq, Eq, Default, Debug)]
pub struct CrateGraph {
    crates: Vec<CrateData>,
}

impl CrateGraph {
    /// An empty graph.
    pub fn new() -> CrateGraph {
        CrateGraph::default()
    }

    /// Adds a crate. Its `dependencies` are checked for cycles like [`CrateGraph::add_dependency`]
    /// would, which cannot fail for a new crate since nothing depends on it yet.
    pub fn add_crate(&mut self, data: CrateData) -> CrateId {
        let id = CrateId(u32::try_from(self.crates.len()).expect("more than u32::MAX crates"));
        assert!(
            data.dependencies.iter().all(|dep| dep.krate.0 < id.0),
            "a new crate can only depend on crates added before it"
        );
        self.crates.push(data);
        id
    }

    /// Adds the dependency `from → dependency`, unless that closes a cycle.
    pub fn add_dependency(&mut self, from: CrateId, dependency: Dependency) -> Result<(), CyclicDependency> {
        if let Some(mut path) = self.path_between(dependency.krate, from) {
            path.insert(0, from);
            return Err(CyclicDependency { path: path.into_iter().map(|id| self[id].display_name.clone()).collect() });
        }
        self.crates[from.0 as usize].dependencies.push(dependency);
        Ok(())
    }

    /// A dependency path `from → … → to`, if there is one (`[from]` when they are equal).
    fn path_between(&self, from: CrateId, to: CrateId) -> Option<Vec<CrateId>> {
        let mut parent: Vec<Option<CrateId>> = vec![None; self.crates.len()];
        let mut seen = vec![false; self.crates.len()];
        let mut stack = vec![from];
        seen[from.0 as usize] = true;
        while let Some(krate) = stack.pop() {
            if krate == to {
                let mut path = vec![to];
                let mut at = to;
                while let Some(before) = parent[at.0 as usize] {
                    path.push(before);
                    at = before;
                }
                path.reverse();
                return Some(path);
            }
            for dep in &self[krate].dependencies {
                if !seen[dep.krate.0 as usize] {
                    seen[dep.krate.0 as usize] = true;
                    parent[dep.krate.0 as usize] = Some(krate);
                    stack.push(dep.krate);
                }
            }
        }
        None
    }

    /// Marks the dependency `name` of crate `id` as one that only `extern crate` brings in
    /// (see [`CrateData::outside_prelude`]).
    pub(crate) fn keep_out_of_prelude(&mut self, id: CrateId, name: &str) {
        let data = &mut self.crates[id.0 as usize];
        if !data.outside_prelude.iter().any(|it| it == name) {
            data.outside_prelude.push(name.into());
        }
    }

    /// Points crate `id` at another root file and edition, leaving everything else as it is (a
    /// crate whose source is replaced by its [`crate::CrateMeta`]).
    pub(crate) fn set_root(&mut self, id: CrateId, root_file: FilePath, edition: Edition) {
        let data = &mut self.crates[id.0 as usize];
        data.root_file = root_file;
        data.edition = edition;
    }

    /// The number of crates.
    pub fn len(&self) -> usize {
        self.crates.len()
    }

    /// Whether the graph has no crate.
    pub fn is_empty(&self) -> bool {
        self.crates.is_empty()
    }

    /// Every crate with its id, in the order they were added.
    pub fn iter(&self) -> impl Iterator<Item = (CrateId, &CrateData)> {
        self.crates.iter().enumerate().map(|(index, data)| (CrateId(index as u32), data))
    }

    /// Every crate whose root file is `file`.
    pub fn crates_with_root(&self, file: &FilePath) -> impl Iterator<Item = CrateId> {
        self.iter().filter(move |(_, data)| &data.root_file == file).map(|(id, _)| id)
    }
}

impl std::ops::Index<CrateId> for CrateGraph {
    type Output = CrateData;

    fn index(&self, id: CrateId) -> &CrateData {
        &self.crates[id.0 as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{RelativePath, RootId};

    fn krate(graph: &mut CrateGraph, name: &str) -> CrateId {
        let root = FilePath::new(RootId(0), RelativePath::new(&format!("{name}/lib.rs")).unwrap());
        graph.add_crate(CrateData::new(name, root, Edition::Edition2021, TargetKind::Lib))
    }

    fn dep(name: &str, krate: CrateId) -> Dependency {
        Dependency { name: name.into(), krate }
    }

    #[test]
    fn a_dependency_that_closes_a_cycle_is_refused_with_the_cycle_named() {
        let mut graph = CrateGraph::new();
        let [a, b, c] = ["a", "b", "c"].map(|name| krate(&mut graph, name));
        graph.add_dependency(a, dep("b", b)).unwrap();
        graph.add_dependency(b, dep("c", c)).unwrap();
        let error = graph.add_dependency(c, dep("a", a)).unwrap_err();
        assert_eq!(error.to_string(), "cyclic crate dependency: c -> a -> b -> c");
        assert!(graph[c].dependencies.is_empty(), "a refused dependency is not added");

        let error = graph.add_dependency(a, dep("a", a)).unwrap_err();
        assert_eq!(error.to_string(), "cyclic crate dependency: a -> a");
    }

    #[test]
    fn diamonds_are_not_cycles() {
        let mut graph = CrateGraph::new();
        let [top, left, right, bottom] = ["top", "left", "right", "bottom"].map(|name| krate(&mut graph, name));
        graph.add_dependency(top, dep("left", left)).unwrap();
        graph.add_dependency(top, dep("right", right)).unwrap();
        graph.add_dependency(left, dep("bottom", bottom)).unwrap();
        graph.add_dependency(right, dep("renamed_bottom", bottom)).unwrap();
        assert_eq!(graph[right].dependencies[0].name, "renamed_bottom");
    }

    #[test]
    fn one_file_can_be_the_root_of_several_crates() {
        let mut graph = CrateGraph::new();
        let root = FilePath::new(RootId(0), RelativePath::new("src/lib.rs").unwrap());
        let plain = graph.add_crate(CrateData::new("a", root.clone(), Edition::Edition2021, TargetKind::Lib));
        let mut with_test = CrateData::new("a", root.clone(), Edition::Edition2021, TargetKind::Test);
        with_test.cfg.insert_flag("test");
        let tested = graph.add_crate(with_test);
        assert_eq!(graph.crates_with_root(&root).collect::<Vec<_>>(), [plain, tested]);
        assert!(graph[tested].cfg.has_flag("test"));
        assert!(!graph[plain].cfg.has_flag("test"));
    }

    #[test]
    fn cfg_options_print_like_rustc() {
        let mut cfg = CfgOptions::new();
        cfg.insert_flag("unix");
        cfg.insert_key_value("feature", "std");
        cfg.insert_key_value("feature", "derive");
        let printed: Vec<String> = cfg.iter().map(ToString::to_string).collect();
        assert_eq!(printed, ["unix", "feature = \"derive\"", "feature = \"std\""]);
        assert_eq!(cfg.values("feature").collect::<Vec<_>>(), ["derive", "std"]);
    }
}
