//! How much HIR an owner or a crate has, and how its paths resolve: the figures `sem stats`
//! reports and the corpus tests assert.

use sem_db::CrateInput;

use crate::{
    Db, OwnerId,
    body::{Expr, Pat, Stmt, body},
    crate_owners,
    resolver::{PathResolution, body_resolutions, signature_resolutions},
    signature::TypeRef,
};

/// Counts of lowered owners, bodies, nodes and paths.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct HirCounts {
    pub owners: usize,
    /// Function bodies, constants' and statics' values, discriminants, field defaults.
    pub bodies: usize,
    pub exprs: usize,
    pub pats: usize,
    pub bindings: usize,
    /// Macro calls in expression, statement, pattern and type position inside bodies.
    pub body_macro_calls: usize,
    /// Of those, the ones expanded.
    pub body_macro_calls_expanded: usize,
    /// The paths of signatures and bodies, macro calls' paths aside.
    pub paths: usize,
    /// Of those, the ones that name a definition, a local, a generic parameter, `Self` or a
    /// primitive type.
    pub paths_resolved: usize,
    /// The ones that need the type layer (`T::Item`, `Vec::new`).
    pub paths_need_types: usize,
    pub paths_unresolved: usize,
}

impl std::ops::AddAssign for HirCounts {
    fn add_assign(&mut self, other: HirCounts) {
        self.owners += other.owners;
        self.bodies += other.bodies;
        self.exprs += other.exprs;
        self.pats += other.pats;
        self.bindings += other.bindings;
        self.body_macro_calls += other.body_macro_calls;
        self.body_macro_calls_expanded += other.body_macro_calls_expanded;
        self.paths += other.paths;
        self.paths_resolved += other.paths_resolved;
        self.paths_need_types += other.paths_need_types;
        self.paths_unresolved += other.paths_unresolved;
    }
}

impl HirCounts {
    /// The counts of `owner`: its signature and bodies lowered and their paths resolved.
    pub fn of_owner(db: &dyn Db, owner: OwnerId) -> HirCounts {
        let mut counts = HirCounts { owners: 1, ..HirCounts::default() };
        if let Some(resolutions) = signature_resolutions(db, owner) {
            counts.add_paths(&resolutions);
        }
        if let Some(body) = body(db, owner) {
            counts.bodies = body.roots.len();
            counts.exprs = body.exprs.len();
            counts.pats = body.pats.len();
            counts.bindings = body.bindings.len();
            // Every call with whether it was expanded: in expressions, statements, patterns and
            // types.
            let calls = body
                .exprs
                .iter()
                .flat_map(|(_, expr)| match expr {
                    Expr::MacroCall { expansion, .. } => vec![expansion.is_some()],
                    Expr::Block { stmts, .. } => stmts
                        .iter()
                        .filter_map(|stmt| match stmt {
                            Stmt::MacroCall { expanded, .. } => Some(*expanded),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                })
                .chain(body.pats.iter().filter_map(|(_, pat)| match pat {
                    Pat::MacroCall { expansion, .. } => Some(expansion.is_some()),
                    _ => None,
                }))
                .chain(body.types.types.iter().filter_map(|(_, ty)| match ty {
                    TypeRef::Macro { expansion, .. } => Some(expansion.is_some()),
                    _ => None,
                }));
            for expanded in calls {
                counts.body_macro_calls += 1;
                counts.body_macro_calls_expanded += usize::from(expanded);
            }
            if let Some(resolutions) = body_resolutions(db, owner) {
                counts.add_paths(&resolutions.paths);
            }
        }
        counts
    }

    /// The counts of every owner of `krate`.
    pub fn of_crate(db: &dyn Db, krate: CrateInput) -> HirCounts {
        let mut counts = HirCounts::default();
        for &owner in crate_owners(db, krate) {
            counts += HirCounts::of_owner(db, owner);
        }
        counts
    }

    fn add_paths(&mut self, resolutions: &[PathResolution]) {
        for resolution in resolutions {
            match resolution {
                PathResolution::MacroCall => continue,
                PathResolution::Def(_)
                | PathResolution::BuiltinType(_)
                | PathResolution::Local(_)
                | PathResolution::GenericParam { .. }
                | PathResolution::SelfType(_) => self.paths_resolved += 1,
                PathResolution::QualifiedType | PathResolution::TypeRelative { .. } => self.paths_need_types += 1,
                PathResolution::Unresolved { .. } => self.paths_unresolved += 1,
            }
            self.paths += 1;
        }
    }
}
