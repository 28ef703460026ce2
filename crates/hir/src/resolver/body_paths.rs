//! What the paths of a body name: local variables in their scopes, then what the owner's
//! signature sees.
//!
//! Scopes follow the Reference: a function's parameters are visible in its body; a `let`
//! statement's bindings from the next statement to the end of the block (its initializer and
//! `else` block do not see them); a match arm's bindings in its guard and its expression; the
//! bindings of `let` in a condition (`if let`, `while let`, `&&` chains) in the rest of the
//! chain and the `then` block, not in `else`; a closure's parameters in its body. A later
//! binding shadows an earlier one of the same name. The names a desugaring makes (`<iter>`)
//! cannot be written, so no written path reaches them.
//!
//! A path in value position (an expression, a path or tuple-struct pattern) looks for its last
//! segment in the value namespace: a local, a const parameter, the module's values, the
//! language prelude's (`Some`, `drop`); the segments before it are types or modules, as in a
//! signature (`Vec::new` is `Vec`, then `new`, which needs the type layer; `E::V`, `m::f`,
//! `Trait::method` resolve here). A struct pattern's or expression's path names a type or a
//! variant. An identifier pattern that names a unit or tuple struct, a variant, a constant or a
//! static in scope is that path, not a new binding, as in rustc.
//!
//! The items and `use` declarations of a block are seen in the whole block, after the locals and
//! before the module's scope: an item by its `DefPath` under the owner, as rustc names it
//! (`crate::f::Local`), an import (single, renamed or glob) by what its path names. What is under
//! a block's item (`Local::new`, a block enum's variants) is left to later layers, since block
//! items are not collected as definitions yet; types of `let`s and casts do not see them yet.
//!
//! Hygiene: a one-segment path sees a local only when their syntax contexts are equal
//! (`BodyHygiene`), so the locals a `macro_rules!` writes and those of its call site do not see
//! each other; items are seen whatever the context, as a `macro_rules!`'s items are its call
//! site's. Not yet: the definition-site resolution of `macro` 2.0, and the inherent impls of a
//! type.

use std::sync::Arc;

use rustc_hash::FxHashMap;
use sem_db::{
    expand::{DefKind, DefPathData},
    nameres::{DefId, Namespace, Resolution},
    spans::SyntaxContext,
    syntax::UseImportKind,
};
use smol_str::SmolStr;

use super::{Child, PathResolution, Resolver};
use crate::{
    Db, OwnerId,
    body::{BindingId, BlockItemKind, Body, Expr, ExprId, Pat, PatId, Stmt, body},
    signature::{GenericArg, Path, PathAnchor, PathId, TypeRef},
};

/// What the paths of one owner's bodies name, and which identifier patterns name a constant,
/// a unit struct or a variant rather than bind.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct BodyResolutions {
    /// By [`PathId`] of the body's store (dense: every path has one).
    pub paths: Vec<PathResolution>,
    /// The identifier patterns that name something rather than bind it.
    pub ident_pats: FxHashMap<PatId, PathResolution>,
}

impl BodyResolutions {
    /// What path `path` of the body names.
    pub fn path(&self, path: PathId) -> Option<&PathResolution> {
        self.paths.get(path.into_raw().into_u32() as usize)
    }
}

/// The resolution of every path of `owner`'s bodies; `None` when the owner has no syntax.
///
/// Compared: it changes only when a path of a body, the scopes of its locals or what its
/// names name changes, so readers are spared by edits that change neither.
#[salsa::tracked(returns(clone))]
pub fn body_resolutions(db: &dyn Db, owner: OwnerId) -> Option<Arc<BodyResolutions>> {
    let body = body(db, owner)?;
    let resolver = Resolver::for_owner(db, owner)?;
    let mut walker = Walker {
        db,
        owner,
        body: &body,
        resolver: &resolver,
        scopes: Vec::new(),
        blocks: Vec::new(),
        paths: vec![None; body.types.paths.len()],
        ident_pats: FxHashMap::default(),
    };
    for root in &body.roots {
        let mark = walker.scopes.len();
        if let Some(binding) = root.self_param {
            walker.scopes.push((body[binding].name.clone(), binding));
        }
        for &param in &root.params {
            walker.pat(param);
            walker.bind(param);
        }
        walker.expr(root.value);
        walker.scopes.truncate(mark);
    }
    let Walker { mut paths, ident_pats, .. } = walker;
    // The paths no expression or pattern holds directly: types (casts, `let` types, closure
    // parameters, turbofish arguments) and what they hold.
    let store = &body.types;
    let arguments = generic_argument_paths(store);
    for (id, path) in store.paths.iter() {
        let slot = &mut paths[id.into_raw().into_u32() as usize];
        if slot.is_some() {
            continue;
        }
        let resolution = resolver.resolve_type_path(db, path, store);
        *slot = Some(match (&resolution, path.anchor == PathAnchor::Plain, &path.segments[..]) {
            (PathResolution::Unresolved { segment: 0 }, true, [segment])
                if arguments.contains(&id) && segment.args.is_none() =>
            {
                resolver.resolve_value(db, &segment.name).unwrap_or(resolution)
            }
            _ => resolution,
        });
    }
    for (_, ty) in store.types.iter() {
        if let TypeRef::Macro { path, .. } = ty {
            paths[path.into_raw().into_u32() as usize] = Some(PathResolution::MacroCall);
        }
    }
    Some(Arc::new(BodyResolutions {
        paths: paths.into_iter().map(|it| it.unwrap_or(PathResolution::Unresolved { segment: 0 })).collect(),
        ident_pats,
    }))
}

/// The paths written as a generic argument, which may name a constant.
fn generic_argument_paths(store: &crate::signature::TypeStore) -> rustc_hash::FxHashSet<PathId> {
    let mut arguments = rustc_hash::FxHashSet::default();
    for (_, path) in store.paths.iter() {
        for args in path.segments.iter().filter_map(|segment| segment.args.as_ref()) {
            for arg in &args.args {
                if let GenericArg::Type(ty) = arg
                    && let TypeRef::Path(path) = &store[*ty]
                {
                    arguments.insert(*path);
                }
            }
        }
    }
    arguments
}

struct Walker<'a> {
    db: &'a dyn Db,
    owner: OwnerId,
    body: &'a Body,
    resolver: &'a Resolver<'a>,
    /// The locals in scope, innermost last.
    scopes: Vec<(SmolStr, BindingId)>,
    /// The names the enclosing blocks' items and `use` declarations bring, innermost last.
    blocks: Vec<BlockScope>,
    paths: Vec<Option<PathResolution>>,
    ident_pats: FxHashMap<PatId, PathResolution>,
}

impl Walker<'_> {
    fn set(&mut self, path: PathId, resolution: PathResolution) {
        self.paths[path.into_raw().into_u32() as usize] = Some(resolution);
    }

    /// Resolves the expressions under `id`, bringing into scope the bindings it makes for what
    /// follows it only where the language says so (a block's statements, a condition's `let`).
    fn expr(&mut self, id: ExprId) {
        stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.expr_inner(id));
    }

    fn expr_inner(&mut self, id: ExprId) {
        let body = self.body;
        match &body[id] {
            Expr::Path(path) => {
                let resolution = self.resolve_value_path(*path);
                self.set(*path, resolution);
            }
            Expr::Block { stmts, tail, .. } => {
                let mark = self.scopes.len();
                let scope = self.block_scope(stmts);
                let has_scope = !scope.is_empty();
                if has_scope {
                    self.blocks.push(scope);
                }
                for stmt in stmts.iter() {
                    match stmt {
                        Stmt::Let { pat, initializer, else_branch, .. } => {
                            if let Some(initializer) = initializer {
                                self.expr(*initializer);
                            }
                            if let Some(else_branch) = else_branch {
                                self.expr(*else_branch);
                            }
                            self.pat(*pat);
                            self.bind(*pat);
                        }
                        Stmt::Expr { expr, .. } => self.expr(*expr),
                        Stmt::MacroCall { path, .. } => self.set(*path, PathResolution::MacroCall),
                        Stmt::Item { .. } => {}
                    }
                }
                if let Some(tail) = tail {
                    self.expr(*tail);
                }
                self.scopes.truncate(mark);
                if has_scope {
                    self.blocks.pop();
                }
            }
            Expr::If { condition, then_branch, else_branch } => {
                let mark = self.scopes.len();
                self.condition(*condition);
                self.expr(*then_branch);
                self.scopes.truncate(mark);
                if let Some(else_branch) = else_branch {
                    self.expr(*else_branch);
                }
            }
            Expr::Let { .. } => {
                // A `let` outside a condition (an error rustc reports): its bindings go nowhere.
                let mark = self.scopes.len();
                self.condition(id);
                self.scopes.truncate(mark);
            }
            Expr::Match { scrutinee, arms, .. } => {
                self.expr(*scrutinee);
                for arm in arms.iter() {
                    let mark = self.scopes.len();
                    self.pat(arm.pat);
                    self.bind(arm.pat);
                    if let Some(guard) = arm.guard {
                        self.condition(guard);
                    }
                    self.expr(arm.expr);
                    self.scopes.truncate(mark);
                }
            }
            Expr::Closure(closure) => {
                let mark = self.scopes.len();
                for &param in closure.params.iter() {
                    self.pat(param);
                    self.bind(param);
                }
                self.expr(closure.body);
                self.scopes.truncate(mark);
            }
            Expr::Record { path, fields, spread } => {
                let resolution = self.resolve_type(&body.types[*path]);
                self.set(*path, resolution);
                for field in fields.iter() {
                    self.expr(field.expr);
                }
                if let Some(Some(spread)) = spread {
                    self.expr(*spread);
                }
            }
            Expr::MacroCall { path, expansion, .. } => {
                self.set(*path, PathResolution::MacroCall);
                if let Some(expansion) = expansion {
                    self.expr(*expansion);
                }
            }
            other => {
                let mut children = Vec::new();
                crate::body::walk::expr_children(other, &mut children);
                for child in children {
                    self.expr(child);
                }
            }
        }
    }

    /// A condition: the bindings of its `let`s (through `&&`) stay in scope for what follows.
    fn condition(&mut self, id: ExprId) {
        match &self.body[id] {
            Expr::Let { pat, expr } => {
                self.expr(*expr);
                self.pat(*pat);
                self.bind(*pat);
            }
            Expr::Binary { op: crate::body::BinaryOp::Logic(crate::body::LogicOp::And), lhs, rhs } => {
                self.condition(*lhs);
                self.condition(*rhs);
            }
            _ => self.expr(id),
        }
    }

    /// Resolves the paths of pattern `id` (and the expressions in it); its bindings are brought
    /// into scope by [`Walker::bind`].
    fn pat(&mut self, id: PatId) {
        stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.pat_inner(id));
    }

    fn pat_inner(&mut self, id: PatId) {
        let body = self.body;
        match &body[id] {
            Pat::Path(path) | Pat::TupleStruct { path, .. } => {
                let resolution = self.resolve_value_path(*path);
                self.set(*path, resolution);
            }
            Pat::Record { path, .. } => {
                let resolution = self.resolve_type(&body.types[*path]);
                self.set(*path, resolution);
            }
            Pat::Bind { binding, subpat: None } => {
                let binding = &body[*binding];
                if !binding.by_ref
                    && !binding.mutable
                    && let Some(resolution) = self.pattern_constant(&binding.name)
                {
                    self.ident_pats.insert(id, resolution);
                }
            }
            Pat::MacroCall { path, expansion, .. } => {
                self.set(*path, PathResolution::MacroCall);
                if let Some(expansion) = expansion {
                    self.pat(*expansion);
                }
            }
            Pat::ConstBlock(expr) => self.expr(*expr),
            _ => {}
        }
        let mut children = Vec::new();
        crate::body::walk::pat_children(&body[id], &mut children);
        for child in children {
            self.pat(child);
        }
    }

    /// What `path` names in the type namespace: its first segment may name an item or an import
    /// of an enclosing block.
    fn resolve_type(&self, path: &Path) -> PathResolution {
        if path.anchor == PathAnchor::Plain
            && let Some(first) = path.segments.first()
            && let Some(base) = self.block_type(&first.name)
        {
            return self.resolver.walk_segments(self.db, base, &path.segments, 1);
        }
        self.resolver.resolve_type_path(self.db, path, &self.body.types)
    }

    /// `name` among the types the enclosing blocks bring, innermost first.
    fn block_type(&self, name: &SmolStr) -> Option<PathResolution> {
        for block in self.blocks.iter().rev() {
            if let Some((_, resolution)) = block.types.iter().rev().find(|(it, _)| it == name) {
                return Some(resolution.clone());
            }
            for base in &block.globs {
                if let PathResolution::Def(def) = base
                    && let Child::Found(found) = self.resolver.child_in(self.db, *def, name, Namespace::Types)
                {
                    return Some(found);
                }
            }
        }
        None
    }

    /// `name` among the values the enclosing blocks bring, innermost first, with whether it
    /// names a constant, a static, a struct or a variant (what an identifier pattern names).
    fn block_value(&self, name: &SmolStr) -> Option<(PathResolution, bool)> {
        for block in self.blocks.iter().rev() {
            if let Some((_, resolution, constant)) = block.values.iter().rev().find(|(it, _, _)| it == name) {
                return Some((resolution.clone(), *constant));
            }
            for base in &block.globs {
                if let PathResolution::Def(def) = base
                    && let Child::Found(found) = self.resolver.child_in(self.db, *def, name, Namespace::Values)
                {
                    let constant = match &found {
                        PathResolution::Def(def) => def_kind(self.db, *def).is_some_and(|kind| {
                            matches!(kind, DefKind::Struct | DefKind::Variant | DefKind::Const | DefKind::Static)
                        }),
                        _ => false,
                    };
                    return Some((found, constant));
                }
            }
        }
        None
    }

    /// The names a block's items and `use` declarations bring (visible in the whole block).
    fn block_scope(&self, stmts: &[Stmt]) -> BlockScope {
        let mut scope = BlockScope::default();
        let owner_path = self.owner.path(self.db);
        let krate = self.owner.krate(self.db);
        for stmt in stmts {
            let Stmt::Item { kind, name, imports, dollar_crate } = stmt else { continue };
            if let Some(name) = name {
                let def =
                    |data: DefPathData| PathResolution::Def(DefId::new(self.db, krate, owner_path.child(data, 0)));
                match kind {
                    BlockItemKind::Fn => {
                        scope.values.push((name.clone(), def(DefPathData::ValueNs(name.clone())), false))
                    }
                    BlockItemKind::Const | BlockItemKind::Static => {
                        scope.values.push((name.clone(), def(DefPathData::ValueNs(name.clone())), true));
                    }
                    BlockItemKind::Struct => {
                        let resolution = def(DefPathData::TypeNs(name.clone()));
                        scope.types.push((name.clone(), resolution.clone()));
                        scope.values.push((name.clone(), resolution, true));
                    }
                    BlockItemKind::Enum
                    | BlockItemKind::Union
                    | BlockItemKind::Trait
                    | BlockItemKind::TypeAlias
                    | BlockItemKind::Module => scope.types.push((name.clone(), def(DefPathData::TypeNs(name.clone())))),
                    _ => {}
                }
            }
            for import in imports.iter() {
                let Some(path) = import_path(&import.path, *dollar_crate) else { continue };
                match &import.kind {
                    UseImportKind::Glob => {
                        let base = self.resolve_type(&path);
                        if matches!(base, PathResolution::Def(_)) {
                            scope.globs.push(base);
                        }
                    }
                    UseImportKind::Underscore => {}
                    UseImportKind::Single { alias } => {
                        let Some(last) = path.segments.last() else { continue };
                        let name = alias.clone().unwrap_or_else(|| last.name.clone());
                        let as_type = self.resolve_type(&path);
                        if !matches!(as_type, PathResolution::Unresolved { .. }) {
                            scope.types.push((name.clone(), as_type));
                        }
                        let as_value = self.resolve_value(&path, SyntaxContext::Root);
                        if !matches!(as_value, PathResolution::Unresolved { .. }) {
                            let constant = match &as_value {
                                PathResolution::Def(def) => def_kind(self.db, *def).is_some_and(|kind| {
                                    matches!(
                                        kind,
                                        DefKind::Struct | DefKind::Variant | DefKind::Const | DefKind::Static
                                    )
                                }),
                                _ => false,
                            };
                            scope.values.push((name, as_value, constant));
                        }
                    }
                }
            }
        }
        scope
    }

    /// Brings the bindings of pattern `id` into scope, in order (a later one shadows).
    fn bind(&mut self, id: PatId) {
        let mut stack = vec![id];
        let mut found = Vec::new();
        while let Some(pat) = stack.pop() {
            if let Pat::Bind { binding, .. } = &self.body[pat]
                && !self.ident_pats.contains_key(&pat)
            {
                found.push(*binding);
            }
            let mut children = Vec::new();
            crate::body::walk::pat_children(&self.body[pat], &mut children);
            stack.extend(children.into_iter().rev());
        }
        for binding in found {
            self.scopes.push((self.body[binding].name.clone(), binding));
        }
    }

    /// What the identifier pattern `name` names if it is no new binding: a unit or tuple
    /// struct, a variant, a constant or a static of the module's scope or the prelude.
    fn pattern_constant(&self, name: &SmolStr) -> Option<PathResolution> {
        if let Some((resolution, is_constant)) = self.block_value(name) {
            return is_constant.then_some(resolution);
        }
        let (resolution, _) = self.resolver.scope_value(self.db, name)?;
        match resolution {
            Resolution::Def { kind: DefKind::Struct | DefKind::Variant | DefKind::Const | DefKind::Static, .. } => {
                Some(self.resolver.convert(self.db, resolution))
            }
            _ => None,
        }
    }

    /// What a path in value position names.
    fn resolve_value_path(&self, id: PathId) -> PathResolution {
        self.resolve_value(&self.body.types[id], self.body.hygiene.path(id))
    }

    /// What `path` names in value position (its last segment in the value namespace).
    /// A one-segment path sees the locals of its context `ctx` alone (hygiene).
    fn resolve_value(&self, path: &Path, ctx: SyntaxContext) -> PathResolution {
        let store = &self.body.types;
        let hygiene = &self.body.hygiene;
        // A name a `macro_rules!` defined inside the body wrote sees, as rustc's mixed-site
        // hygiene has it, the locals where the macro was defined: without a binding of its own
        // context, the name is looked up again without that macro's mark. (Approximated: any
        // local of the outer context, not only those before the definition.)
        let local = |name: &str| {
            let mut ctx = ctx;
            for _ in 0..=sem_db::expand::MAX_RECURSION_LIMIT {
                let found =
                    self.scopes.iter().rev().find(|(it, binding)| *it == name && hygiene.binding(*binding) == ctx);
                if found.is_some() {
                    return found;
                }
                let SyntaxContext::Marked(mark) = ctx else { return None };
                let from_local_macro = sem_db::expand::resolve_macro(self.db, mark.expn(self.db))
                    .is_some_and(|source| source.local.is_some());
                if !from_local_macro {
                    return None;
                }
                ctx = mark.parent(self.db);
            }
            None
        };
        let Some((last, prefix)) = path.segments.split_last() else {
            // `self` alone in value position is the method's receiver.
            if path.anchor == PathAnchor::SelfModule
                && let Some((_, binding)) = local("self")
            {
                return PathResolution::Local(*binding);
            }
            return self.resolver.resolve_type_path(self.db, path, store);
        };
        if prefix.is_empty() && path.anchor == PathAnchor::Plain {
            if let Some((_, binding)) = local(&last.name) {
                return PathResolution::Local(*binding);
            }
            if let Some((resolution, _)) = self.block_value(&last.name) {
                return resolution;
            }
            if let Some(resolution) = self.resolver.resolve_first_value(self.db, &last.name) {
                return resolution;
            }
            return PathResolution::Unresolved { segment: 0 };
        }
        // The segments before the last are types or modules, as in a signature (`<T as Tr>`
        // alone names the trait, `<T>` alone needs the type layer).
        let prefix_path = Path { anchor: path.anchor.clone(), segments: prefix.into() };
        let base = self.resolve_type(&prefix_path);
        let position = prefix.len() as u32;
        match base {
            PathResolution::Def(def) => match self.resolver.value_child(self.db, def, &last.name) {
                Child::Found(found) => found,
                Child::NotFound => PathResolution::Unresolved { segment: position },
                Child::NeedsTypes => {
                    PathResolution::TypeRelative { base: Box::new(PathResolution::Def(def)), unresolved: 1 }
                }
            },
            PathResolution::Unresolved { .. } => base,
            PathResolution::TypeRelative { base, unresolved } => {
                PathResolution::TypeRelative { base, unresolved: unresolved + 1 }
            }
            PathResolution::SelfType(owner) => {
                match self.resolver.value_child(self.db, owner.def(self.db), &last.name) {
                    Child::Found(found) => found,
                    Child::NotFound | Child::NeedsTypes => {
                        PathResolution::TypeRelative { base: Box::new(PathResolution::SelfType(owner)), unresolved: 1 }
                    }
                }
            }
            other => PathResolution::TypeRelative { base: Box::new(other), unresolved: 1 },
        }
    }
}

/// The names a block's items and `use` declarations bring.
#[derive(Default)]
struct BlockScope {
    types: Vec<(SmolStr, PathResolution)>,
    /// With whether each names a constant, a static, a struct or a variant.
    values: Vec<(SmolStr, PathResolution, bool)>,
    /// What glob imports (`use Enum::*;`) import from.
    globs: Vec<PathResolution>,
}

impl BlockScope {
    fn is_empty(&self) -> bool {
        self.types.is_empty() && self.values.is_empty() && self.globs.is_empty()
    }
}

/// A `use` path as a path of the store's kind (no generic arguments); `use a::{self}` is `a`.
/// `$crate` names `dollar_crate` when known (a `use` a macro wrote).
fn import_path(path: &sem_db::syntax::ModPath, dollar_crate: Option<sem_db::CrateInput>) -> Option<Path> {
    let mut segments: &[SmolStr] = &path.segments;
    if let [rest @ .., last] = segments
        && last == "self"
    {
        segments = rest;
    }
    let (anchor, rest) = match segments.first().map(SmolStr::as_str) {
        _ if path.is_global => (PathAnchor::Global, segments),
        Some("crate") => (PathAnchor::Crate, &segments[1..]),
        Some("$crate") => (PathAnchor::DollarCrate(dollar_crate), &segments[1..]),
        Some("self") => (PathAnchor::SelfModule, &segments[1..]),
        Some("super") => {
            let count = segments.iter().take_while(|it| *it == "super").count();
            (PathAnchor::Super(count as u32), &segments[count..])
        }
        Some(_) => (PathAnchor::Plain, segments),
        None => return None,
    };
    if rest.is_empty() {
        return None;
    }
    let segments = rest.iter().map(|name| crate::signature::PathSegment { name: name.clone(), args: None }).collect();
    Some(Path { anchor, segments })
}

/// The kind of the definition `def`, if the crate has it.
fn def_kind(db: &dyn Db, def: DefId) -> Option<DefKind> {
    let location = sem_db::nameres::find_expansion(db, def)?;
    Some(sem_db::expand::collect_definitions(db, location.expansion).definition(location.index)?.kind)
}

impl Resolver<'_> {
    /// `name` in the value namespace of the module's scope, then of the language prelude.
    fn scope_value(&self, db: &dyn Db, name: &SmolStr) -> Option<(Resolution, bool)> {
        if let Some(entry) =
            self.def_map.modules.get(self.module.index.index()).and_then(|scope| scope.values.get(name))
        {
            return Some((entry.resolution, false));
        }
        let prelude = self.def_map.language_prelude?;
        Some((self.lookup_value(db, prelude, name)?, true))
    }

    /// The first segment of a plain path in value position, locals aside: a const parameter,
    /// `Self` (a unit or tuple struct's constructor), the module's values, the prelude's.
    fn resolve_first_value(&self, db: &dyn Db, name: &SmolStr) -> Option<PathResolution> {
        if let Some(found) = self.generic_or_self(name) {
            return found;
        }
        let (resolution, _) = self.scope_value(db, name)?;
        Some(self.convert(db, resolution))
    }

    /// `name` in the value namespace under the definition `def`.
    fn value_child(&self, db: &dyn Db, def: DefId, name: &SmolStr) -> Child {
        self.child_in(db, def, name, sem_db::nameres::Namespace::Values)
    }
}

/// Every path of `owner`'s bodies with what it names, one per line (locals by name and the
/// index of their binding), then the identifier patterns that name something, for snapshot
/// tests and `sem dump`.
pub fn dump_body_resolutions(db: &dyn Db, owner: OwnerId) -> String {
    let (Some(body), Some(resolutions)) = (body(db, owner), body_resolutions(db, owner)) else {
        return String::new();
    };
    let krate = owner.krate(db);
    let describe = |resolution: &PathResolution| match resolution {
        PathResolution::Local(binding) => {
            format!("local {} #{}", body[*binding].name, binding.into_raw().into_u32())
        }
        other => super::describe(db, krate, other),
    };
    let mut out = String::new();
    for ((id, _), resolution) in body.types.paths.iter().zip(resolutions.paths.iter()) {
        let text = crate::signature::render_path(&body.types, id);
        out.push_str(&format!("{text} -> {}\n", describe(resolution)));
    }
    let mut pats: Vec<_> = resolutions.ident_pats.iter().collect();
    pats.sort_by_key(|(pat, _)| pat.into_raw().into_u32());
    for (pat, resolution) in pats {
        if let Pat::Bind { binding, .. } = &body[*pat] {
            out.push_str(&format!("pattern {} -> {}\n", body[*binding].name, describe(resolution)));
        }
    }
    out
}
