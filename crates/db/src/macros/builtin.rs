//! Built-in macros in item position, expanded by `sem-expand` ([`sem_expand::expand_builtin`])
//! with what they need of the crate from here: its cfg set (`cfg!`, `cfg_select!`), its
//! environment (`env!`), the calling file and module (`file!`, `line!`, `module_path!`) and the
//! files of its source root (`include!`, `include_str!`), read through the database, never
//! from the disk.
//!
//! A call names a built-in macro when the definition it resolves to carries
//! `#[rustc_builtin_macro]` (how `core` declares them), or when its single-segment name names
//! nothing else and is a built-in's name (the language prelude, which brings `core`'s built-ins
//! into every module, is not modelled as imports yet).

use sem_expand::{BuiltinContext, BuiltinExpansion, BuiltinMacro, ExpandErrorKind};
use sem_sources::{FilePath, cfg::CfgExpr};
use sem_syntax::token_tree::Subtree;

use crate::{
    Db,
    diagnostics::MacroError,
    expansion::{ExpansionPoint, ExpnId, expansion_point, item_in_file, locate_tokens},
    ids::ItemIndex,
    inputs::SourceFile,
    items::ItemSummary,
};

/// Whether `name` is the name of a built-in function-like macro.
pub(crate) fn is_builtin(name: &str) -> bool {
    BuiltinMacro::from_name(name).is_some()
}

/// What a built-in call expands to.
pub(crate) enum BuiltinOutput<S> {
    /// Tokens, to be parsed as items.
    Tokens(Subtree<S>),
    /// The items of an included file, summarized as any file is.
    Items { file: SourceFile, items: ItemSummary },
}

/// Expands the call `call` of the built-in `name`, whose input (between its delimiters) is
/// `args`; the tokens it makes up get the span `call_site`. An error is the message for the
/// call's diagnostic.
pub(crate) fn expand_builtin<S: Copy>(
    db: &dyn Db,
    call: ExpnId,
    name: &str,
    args: &Subtree<S>,
    call_site: S,
) -> Result<BuiltinOutput<S>, MacroError> {
    let Some(kind) = BuiltinMacro::from_name(name) else {
        return Err(MacroError::UnsupportedBuiltin { name: name.to_owned(), derive: false });
    };
    let context = CallContext { db, call };
    let edition = call.krate(db).data(db).edition;
    match sem_expand::expand_builtin(kind, args, call_site, edition, &context) {
        Ok(BuiltinExpansion::Tokens(tokens)) => Ok(BuiltinOutput::Tokens(tokens)),
        Ok(BuiltinExpansion::Include { path }) => {
            let file = context.resolve(&path).map_err(|reason| MacroError::Expansion {
                what: format!("{name}!"),
                kind: ExpandErrorKind::Builtin,
                reason,
            })?;
            Ok(BuiltinOutput::Items { file, items: crate::items::item_summary(db, file, edition).clone() })
        }
        Err(error) if error.kind() == ExpandErrorKind::CompileError => {
            Err(MacroError::CompileError { message: error.message().to_owned() })
        }
        Err(error) => Err(MacroError::Expansion {
            what: format!("{name}!"),
            kind: error.kind(),
            reason: error.message().to_owned(),
        }),
    }
}

/// The database's answers to a built-in call's questions.
struct CallContext<'a> {
    db: &'a dyn Db,
    call: ExpnId,
}

impl CallContext<'_> {
    /// The file the call is written in, and the call's item there (a call made by another
    /// macro's expansion is where that outermost call is, as rustc reports it).
    fn call_file(&self) -> Option<(SourceFile, ItemIndex)> {
        let parent = self.call.parent(self.db)?;
        let Some(ExpansionPoint::MacroCall { item, .. }) = expansion_point(self.db, self.call) else { return None };
        let (expn, item) = item_in_file(self.db, parent, *item)?;
        Some((locate_tokens(self.db, expn)?.file, item))
    }

    /// The file at `path` relative to the calling file's directory, as `include!` reads it.
    fn resolve(&self, path: &str) -> Result<SourceFile, String> {
        let (file, _) = self.call_file().ok_or("the calling file is unknown")?;
        let calling = file.path(self.db);
        let joined = match calling.path.parent() {
            Some(dir) => dir.join(path),
            None => sem_sources::RelativePath::new(path),
        };
        let relative = joined.map_err(|error| format!("cannot include `{path}`: {error}"))?;
        let target = FilePath::new(calling.root, relative);
        self.db.workspace().file(self.db, &target).ok_or_else(|| {
            format!("cannot include `{path}`: no such file in the source root (a build script's output is not loaded)")
        })
    }

    /// The 1-based line and column of the call's item in its file.
    fn position(&self) -> (u32, u32) {
        let Some((file, item)) = self.call_file() else { return (1, 1) };
        let edition = self.call.krate(self.db).data(self.db).edition;
        let positions = crate::items::item_positions(self.db, file, edition);
        let Some(range) = positions.ranges.get(item.index()) else { return (1, 1) };
        let text = file.text(self.db).get();
        let start = usize::from(range.start()).min(text.len());
        let before = text.get(..start).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before[before.rfind('\n').map_or(0, |newline| newline + 1)..].chars().count() + 1;
        (u32::try_from(line).unwrap_or(u32::MAX), u32::try_from(column).unwrap_or(u32::MAX))
    }
}

/// The call's position comes from the database, whatever the span type: `line!()` gives the
/// line of the outermost call in the source, as rustc does.
impl<S: Copy> BuiltinContext<S> for CallContext<'_> {
    /// For a call inside an item, which the HIR lowers: `builtin # format_args(..)`, as rustc
    /// keeps its `FormatArgs` node. Calls among items keep the rustc 1.63 expansion.
    fn format_args_as_syntax(&self) -> bool {
        matches!(self.call.site(self.db), crate::expansion::ExpnSite::Inner { .. })
    }

    fn env(&self, key: &str) -> Option<String> {
        self.call.krate(self.db).data(self.db).env.get(key).cloned()
    }

    fn cfg(&self, predicate: &Subtree<S>) -> Option<bool> {
        CfgExpr::parse(&predicate.token_trees).eval(&self.call.krate(self.db).data(self.db).cfg)
    }

    fn file_name(&self) -> String {
        self.call_file().map(|(file, _)| file.path(self.db).path.as_str().to_owned()).unwrap_or_default()
    }

    fn line(&self, _call_site: S) -> u32 {
        self.position().0
    }

    fn column(&self, _call_site: S) -> u32 {
        self.position().1
    }

    /// The crate's name and the modules from the crate root to the call: out-of-line modules by
    /// their names, inline ones by the call's `inline_path` in each fragment.
    fn module_path(&self) -> String {
        let mut names: Vec<String> = Vec::new();
        let mut current = Some(self.call);
        while let Some(expn) = current {
            match expansion_point(self.db, expn) {
                Some(ExpansionPoint::MacroCall { inline_path, .. }) => {
                    names.extend(inline_path.iter().rev().map(|name| name.to_string()));
                }
                Some(ExpansionPoint::Module { candidates, .. }) => names.push(candidates.name.to_string()),
                None => {}
            }
            current = expn.parent(self.db);
        }
        names.push(self.call.krate(self.db).data(self.db).display_name.to_string());
        names.reverse();
        names.join("::")
    }

    fn read_text(&self, path: &str) -> Result<String, String> {
        let file = self.resolve(path)?;
        Ok(file.text(self.db).get().to_owned())
    }
}
