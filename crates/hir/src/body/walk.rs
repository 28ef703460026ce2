//! The children of a node of a body, in the order of the syntax: what every walk over a body
//! (scopes, the index of parents, counts) follows.

use super::{Expr, ExprId, Pat, PatId, Stmt};

/// The expressions directly under `expr` (not those under its patterns: a `let`'s or a match
/// arm's pattern is walked with [`pat_children`]).
pub fn expr_children(expr: &Expr, out: &mut Vec<ExprId>) {
    match expr {
        Expr::Missing
        | Expr::Path(_)
        | Expr::LangPath(_)
        | Expr::Literal(_)
        | Expr::Continue { .. }
        | Expr::Underscore
        | Expr::OffsetOf { .. }
        | Expr::IncludeBytes => {}
        Expr::MacroCall { expansion, .. } => out.extend(expansion),
        Expr::Block { stmts, tail, .. } => {
            for stmt in stmts.iter() {
                match stmt {
                    Stmt::Let { initializer, else_branch, .. } => {
                        out.extend(initializer);
                        out.extend(else_branch);
                    }
                    Stmt::Expr { expr, .. } => out.push(*expr),
                    Stmt::Item { .. } | Stmt::MacroCall { .. } => {}
                }
            }
            out.extend(tail);
        }
        Expr::If { condition, then_branch, else_branch } => {
            out.push(*condition);
            out.push(*then_branch);
            out.extend(else_branch);
        }
        Expr::Let { expr, .. } => out.push(*expr),
        Expr::Loop { body, .. } => out.push(*body),
        Expr::Match { scrutinee, arms, .. } => {
            out.push(*scrutinee);
            for arm in arms.iter() {
                out.extend(arm.guard);
                out.push(arm.expr);
            }
        }
        Expr::Call { callee, args } => {
            out.push(*callee);
            out.extend(args.iter());
        }
        Expr::MethodCall { receiver, args, .. } => {
            out.push(*receiver);
            out.extend(args.iter());
        }
        Expr::Field { expr, .. }
        | Expr::Await { expr }
        | Expr::Cast { expr, .. }
        | Expr::Ref { expr, .. }
        | Expr::Unary { expr, .. }
        | Expr::TypeAscription { expr, .. }
        | Expr::Become(expr) => out.push(*expr),
        Expr::Index { base, index } => {
            out.push(*base);
            out.push(*index);
        }
        Expr::Binary { lhs, rhs, .. } => {
            out.push(*lhs);
            out.push(*rhs);
        }
        Expr::Range { start, end, .. } => {
            out.extend(start);
            out.extend(end);
        }
        Expr::Tuple(exprs) | Expr::Array(exprs) | Expr::Asm(exprs) => out.extend(exprs.iter()),
        Expr::Repeat { value, count } => {
            out.push(*value);
            out.push(*count);
        }
        Expr::Record { fields, spread, .. } => {
            out.extend(fields.iter().map(|field| field.expr));
            if let Some(Some(spread)) = spread {
                out.push(*spread);
            }
        }
        Expr::Closure(closure) => out.push(closure.body),
        Expr::Return(expr) | Expr::Yield(expr) | Expr::Yeet(expr) | Expr::Break { expr, .. } => out.extend(expr),
        Expr::FormatArgs { template, args } => {
            out.push(*template);
            out.extend(args.iter().map(|arg| arg.expr));
        }
    }
}

/// The patterns directly under `pat` (a `const` block's expressions are not patterns).
pub fn pat_children(pat: &Pat, out: &mut Vec<PatId>) {
    match pat {
        Pat::Missing | Pat::Wild | Pat::Rest | Pat::Path(_) | Pat::Literal { .. } | Pat::ConstBlock(_) => {}
        Pat::MacroCall { expansion, .. } => out.extend(expansion),
        Pat::Bind { subpat, .. } => out.extend(subpat),
        Pat::LangPath { args, .. } | Pat::TupleStruct { args, .. } => out.extend(args.iter()),
        Pat::Record { fields, .. } => out.extend(fields.iter().map(|field| field.pat)),
        Pat::Tuple(pats) | Pat::Slice(pats) | Pat::Or(pats) => out.extend(pats.iter()),
        Pat::Ref { pat, .. } | Pat::Box(pat) | Pat::Deref(pat) => out.push(*pat),
        Pat::Range { start, end, .. } => {
            out.extend(start);
            out.extend(end);
        }
    }
}
