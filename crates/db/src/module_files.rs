//! Which files a crate reaches through `mod name;` declarations, found from tokens alone.
//!
//! This is the file-level skeleton of the module tree: enough to say which files belong to
//! which crate and which files no crate reaches. It follows `mod` declarations at any depth,
//! inline modules and `#[path]` as the Rust Reference describes them, but evaluates no `cfg`
//! (a file behind `#[cfg(windows)]` is still reached) and sees no macro output. The full module
//! tree, with cfg and macros, comes with name resolution.

use std::sync::Arc;

use rustc_hash::FxHashSet;
use sem_sources::{Edition, FilePath, RelativePath};
use sem_syntax::SyntaxKind;

use crate::{
    Db,
    inputs::{CrateInput, SourceFile},
    lex::tokens,
};

/// A `mod name;` declaration: the module it names and where to look for its file.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct ModDeclaration {
    /// The inline modules (`mod a { mod b { … } }`) the declaration sits in, outermost first.
    inline_path: Vec<Box<str>>,
    /// The name after `mod`.
    name: Box<str>,
    /// The paths of `#[path = "…"]` and `#[cfg_attr(…, path = "…")]` attributes on the
    /// declaration.
    path_attrs: Vec<Box<str>>,
    /// Whether a plain `#[path]` applies whatever the cfg, so that the default places
    /// (`name.rs`, `name/mod.rs`) are never looked at.
    has_unconditional_path: bool,
}

/// The out-of-line module declarations of a file, in order.
///
/// Separate from [`crate_files`] so that an edit that leaves the declarations as they were
/// (any edit inside a function body, say) stops here: this query's result compares equal and
/// `crate_files` is not re-run.
#[salsa::tracked(returns(ref))]
pub(crate) fn mod_declarations(db: &dyn Db, file: SourceFile, edition: Edition) -> Vec<ModDeclaration> {
    let tokens = tokens(db, file, edition);
    let text = file.text(db).get();
    let significant: Vec<(SyntaxKind, &str)> = (0..tokens.len())
        .filter(|&index| !tokens.kind(index).is_trivia())
        .map(|index| (tokens.kind(index), tokens.text(text, index)))
        .collect();
    scan_mod_declarations(&significant)
}

fn scan_mod_declarations(tokens: &[(SyntaxKind, &str)]) -> Vec<ModDeclaration> {
    let mut declarations = Vec::new();
    // Inline modules open around the current token, with the brace depth inside each.
    let mut inline: Vec<(Box<str>, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut attrs = PathAttrs::default();
    let mut index = 0;
    while index < tokens.len() {
        match tokens[index].0 {
            SyntaxKind::POUND => {
                if let Some(next) = attrs.scan_attribute(tokens, index) {
                    index = next;
                    continue;
                }
            }
            SyntaxKind::MOD_KW => {
                if let Some(&(SyntaxKind::IDENT, name)) = tokens.get(index + 1) {
                    let name = name.strip_prefix("r#").unwrap_or(name);
                    match tokens.get(index + 2).map(|&(kind, _)| kind) {
                        Some(SyntaxKind::SEMICOLON) => {
                            let attrs = std::mem::take(&mut attrs);
                            declarations.push(ModDeclaration {
                                inline_path: inline.iter().map(|(name, _)| name.clone()).collect(),
                                name: name.into(),
                                path_attrs: attrs.paths,
                                has_unconditional_path: attrs.unconditional,
                            });
                            index += 3;
                            continue;
                        }
                        Some(SyntaxKind::L_CURLY) => {
                            depth += 1;
                            inline.push((name.into(), depth));
                            attrs = PathAttrs::default();
                            index += 3;
                            continue;
                        }
                        _ => {}
                    }
                }
            }
            SyntaxKind::L_CURLY => {
                depth += 1;
                attrs = PathAttrs::default();
            }
            SyntaxKind::R_CURLY => {
                if inline.last().is_some_and(|&(_, open)| open == depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
                attrs = PathAttrs::default();
            }
            SyntaxKind::SEMICOLON => attrs = PathAttrs::default(),
            _ => {}
        }
        index += 1;
    }
    declarations
}

/// The `path` attributes seen since the last item boundary.
#[derive(Default)]
struct PathAttrs {
    paths: Vec<Box<str>>,
    unconditional: bool,
}

impl PathAttrs {
    /// Reads the outer attribute `#[…]` at `index`, keeping its paths if it is `path = "…"` or
    /// a `cfg_attr` with `path = "…"` among its attributes; returns the index after its `]`.
    /// An attribute that is not closed before the end of the file is no attribute.
    fn scan_attribute(&mut self, tokens: &[(SyntaxKind, &str)], index: usize) -> Option<usize> {
        if tokens.get(index + 1)?.0 != SyntaxKind::L_BRACK {
            return None;
        }
        let mut depth = 0usize;
        let mut end = index + 1;
        loop {
            match tokens.get(end)?.0 {
                SyntaxKind::L_BRACK | SyntaxKind::L_PAREN | SyntaxKind::L_CURLY => depth += 1,
                SyntaxKind::R_BRACK | SyntaxKind::R_PAREN | SyntaxKind::R_CURLY => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            end += 1;
        }
        match &tokens[index + 2..end] {
            [(SyntaxKind::IDENT, "path"), (SyntaxKind::EQ, _), (SyntaxKind::STRING, literal)] => {
                if let Some(value) = unquote(literal) {
                    self.paths.push(value.into());
                    self.unconditional = true;
                }
            }
            [(SyntaxKind::IDENT, "cfg_attr"), (SyntaxKind::L_PAREN, _), rest @ ..] => {
                // Every `path = "…"` at the top level of the `cfg_attr` (not inside its
                // predicate's parentheses) may apply, depending on the cfg.
                let mut depth = 0usize;
                for (position, &(kind, _)) in rest.iter().enumerate() {
                    match kind {
                        SyntaxKind::L_PAREN => depth += 1,
                        SyntaxKind::R_PAREN => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                    if depth == 0
                        && let [(SyntaxKind::IDENT, "path"), (SyntaxKind::EQ, _), (SyntaxKind::STRING, literal), ..] =
                            &rest[position..]
                        && let Some(value) = unquote(literal)
                    {
                        self.paths.push(value.into());
                    }
                }
            }
            _ => {}
        }
        Some(end + 1)
    }
}

/// The value of a plain or raw string literal without escapes, as paths are written.
fn unquote(literal: &str) -> Option<&str> {
    let raw = literal.strip_prefix('r').map(|rest| rest.trim_matches('#'));
    let quoted = raw.unwrap_or(literal);
    let value = quoted.strip_prefix('"')?.strip_suffix('"')?;
    (raw.is_some() || !value.contains('\\')).then_some(value)
}

/// The files of one crate: its root and every file reached from it by `mod` declarations,
/// in the order they were found.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CrateFiles {
    /// The files, the crate root first.
    pub files: Arc<[SourceFile]>,
}

/// The files `krate` reaches. A declaration whose file does not exist is skipped here (the
/// module tree reports it); a file reached twice is counted once.
#[salsa::tracked(returns(ref))]
pub fn crate_files(db: &dyn Db, krate: CrateInput) -> CrateFiles {
    let data = krate.data(db);
    let workspace = db.workspace();
    let Some(root) = workspace.file(db, &data.root_file) else {
        return CrateFiles { files: Arc::from([]) };
    };
    let mut seen: FxHashSet<SourceFile> = FxHashSet::default();
    seen.insert(root);
    let mut files = vec![root];
    // Each queued file comes with whether it owns its directory (crate roots, `mod.rs` files
    // and files named by `#[path]`) or opens a directory named after itself (`foo.rs` → `foo/`).
    let mut queue = std::collections::VecDeque::from([(root, true)]);
    while let Some((file, owns_dir)) = queue.pop_front() {
        let path = file.path(db);
        for declaration in mod_declarations(db, file, data.edition) {
            let candidates = candidate_paths(path, owns_dir, declaration);
            let explicit = candidates.explicit.into_iter().map(|path| (path, true));
            let default = candidates.default.into_iter().find(|(path, _)| workspace.file(db, path).is_some());
            for (candidate, candidate_owns_dir) in explicit.chain(default) {
                if let Some(found) = workspace.file(db, &candidate)
                    && seen.insert(found)
                {
                    files.push(found);
                    queue.push_back((found, candidate_owns_dir));
                }
            }
        }
    }
    CrateFiles { files: files.into() }
}

/// The places a module's file may be.
struct Candidates {
    /// Files named by `#[path]`: each one that exists is reached.
    explicit: Vec<FilePath>,
    /// `name.rs` then `name/mod.rs`, each with whether it owns its directory: the first that
    /// exists is reached.
    default: Vec<(FilePath, bool)>,
}

/// Where the file of `declaration`, made in `file`, may be. Every `#[path]` candidate counts
/// (cfg is not evaluated here, so each alternative of a `cfg_attr` may be the one).
fn candidate_paths(file: &FilePath, owns_dir: bool, declaration: &ModDeclaration) -> Candidates {
    let file_dir: Vec<String> =
        file.path.parent().map(|parent| parent.components().map(str::to_owned).collect()).unwrap_or_default();
    // The directory of the modules declared here: `foo.rs` declares modules in `foo/`, and
    // inline modules add a directory each.
    let mut module_dir = file_dir.clone();
    if !owns_dir {
        module_dir.push(file.path.file_stem().to_owned());
    }
    module_dir.extend(declaration.inline_path.iter().map(|name| name.to_string()));
    let join = |dir: &[String], rest: &str| -> Option<FilePath> {
        let mut text = dir.join("/");
        if !text.is_empty() {
            text.push('/');
        }
        text.push_str(rest);
        RelativePath::new(&text).ok().map(|path| FilePath::new(file.root, path))
    };
    // Outside inline modules a `#[path]` is relative to the declaring file's directory; inside
    // them, to the directory the inline modules stand for. The file it names owns its
    // directory, like a `mod.rs`.
    let base = if declaration.inline_path.is_empty() { &file_dir } else { &module_dir };
    let explicit = declaration.path_attrs.iter().filter_map(|attr| join(base, attr)).collect();
    let name = &declaration.name;
    let default = if declaration.has_unconditional_path {
        Vec::new()
    } else {
        [(join(&module_dir, &format!("{name}.rs")), false), (join(&module_dir, &format!("{name}/mod.rs")), true)]
            .into_iter()
            .filter_map(|(path, owns)| path.map(|path| (path, owns)))
            .collect()
    };
    Candidates { explicit, default }
}

/// Every `.rs` file of every root that no crate reaches, in root and path order.
pub fn unreached_files(db: &dyn Db) -> Vec<FilePath> {
    let workspace = db.workspace();
    let mut reached: FxHashSet<SourceFile> = FxHashSet::default();
    for &krate in workspace.crates(db) {
        reached.extend(crate_files(db, krate).files.iter().copied());
    }
    let mut unreached: Vec<FilePath> = workspace
        .roots(db)
        .iter()
        .flat_map(|root| root.files(db).values().copied())
        .filter(|file| !reached.contains(file) && file.path(db).path.extension() == Some("rs"))
        .map(|file| file.path(db).clone())
        .collect();
    unreached.sort();
    unreached
}

#[cfg(test)]
mod tests;
