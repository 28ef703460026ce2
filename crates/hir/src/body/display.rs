//! A stable text form of bodies, for snapshot tests and `sem dump`: Rust-like, rendered from the
//! lowered body alone (so what it shows is what was lowered), each desugaring marked where it
//! starts (`/* for loop */ match …`), the names a desugaring makes in angle brackets (`<iter>`),
//! the items of the language it names in braces (`{lang Iterator::next}`).

use std::fmt::Write as _;

use super::{
    ArithOp, BinaryOp, BlockItemKind, BlockKind, Body, BodyKind, BodySourceMap, CmpOp, Desugaring, Expr, ExprId,
    LogicOp, Pat, PatId, Stmt, UnaryOp,
};
use crate::{
    Db, OwnerId,
    signature::{render_generic_args, render_type, render_value_path},
};

/// `owner`'s bodies as Rust-like text, one per body with what it is the value of; empty when
/// it has none, `"no syntax"` when it has no syntax.
pub fn dump_body(db: &dyn Db, owner: OwnerId) -> String {
    let name = owner.path(db).to_string();
    let name = name.rsplit("::").next().unwrap_or_default().to_owned();
    match super::body_with_source_map(db, owner) {
        Some((body, source_map)) => render(&body, Some(&source_map), &name),
        None => "no syntax".to_owned(),
    }
}

/// `body` as text, with the desugarings `source_map` records, the owner named `name`.
pub(crate) fn render(body: &Body, source_map: Option<&BodySourceMap>, name: &str) -> String {
    let mut p = Printer { body, source_map, out: String::new(), indent: 0, desugaring: None };
    for root in &body.roots {
        match root.kind {
            BodyKind::Fn => {
                let _ = write!(p.out, "fn {name}(");
                let mut first = true;
                if let Some(binding) = root.self_param {
                    p.out.push_str(if body[binding].mutable { "mut self" } else { "self" });
                    first = false;
                }
                for &param in &root.params {
                    if !first {
                        p.out.push_str(", ");
                    }
                    first = false;
                    p.pat(param);
                }
                p.out.push_str(") ");
            }
            BodyKind::Const => p.out.push_str("const = "),
            BodyKind::Static => p.out.push_str("static = "),
            BodyKind::Discriminant(variant) => {
                let _ = write!(p.out, "discriminant of variant #{variant} = ");
            }
            BodyKind::FieldDefault { variant: Some(variant), field } => {
                let _ = write!(p.out, "default of field #{field} of variant #{variant} = ");
            }
            BodyKind::FieldDefault { variant: None, field } => {
                let _ = write!(p.out, "default of field #{field} = ");
            }
        }
        p.expr(root.value);
        p.out.push('\n');
    }
    p.out
}

struct Printer<'a> {
    body: &'a Body,
    source_map: Option<&'a BodySourceMap>,
    out: String,
    indent: usize,
    /// The desugaring of the node around the one printed.
    desugaring: Option<Desugaring>,
}

impl Printer<'_> {
    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
    }

    /// Marks the start of a desugaring.
    fn mark(&mut self, desugaring: Option<Desugaring>) -> Option<Desugaring> {
        if desugaring != self.desugaring
            && let Some(desugaring) = desugaring
        {
            let what = match desugaring {
                Desugaring::ForLoop => "for loop",
                Desugaring::QuestionMark => "?",
                Desugaring::WhileLoop => "while loop",
                Desugaring::AsyncFn => "async fn",
                Desugaring::FormatArgs => "format string",
            };
            let _ = write!(self.out, "/* {what} */ ");
        }
        std::mem::replace(&mut self.desugaring, desugaring)
    }

    fn list(&mut self, exprs: &[ExprId]) {
        for (index, &expr) in exprs.iter().enumerate() {
            if index > 0 {
                self.out.push_str(", ");
            }
            self.expr(expr);
        }
    }

    /// Expressions nest at most as deep as lowering went, and printing follows them the same
    /// way, on a growing stack.
    fn expr(&mut self, id: ExprId) {
        stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.expr_inner(id));
    }

    fn expr_inner(&mut self, id: ExprId) {
        let desugaring = self.source_map.and_then(|map| map.exprs.get(id)).and_then(|source| source.desugaring);
        let outer = self.mark(desugaring);
        let body = self.body;
        match &body[id] {
            Expr::Missing => self.out.push_str("{missing}"),
            Expr::Path(path) => self.out.push_str(&render_value_path(&body.types, *path)),
            Expr::LangPath(item) => {
                let _ = write!(self.out, "{{lang {}}}", item.path());
            }
            Expr::Literal(literal) => self.out.push_str(&literal.text),
            Expr::Block { kind, label, stmts, tail } => {
                if let Some(label) = label {
                    let _ = write!(self.out, "{}: ", body[*label].name);
                }
                self.out.push_str(match kind {
                    BlockKind::Plain => "",
                    BlockKind::Unsafe => "unsafe ",
                    BlockKind::Async { is_move: false, is_gen: false } => "async ",
                    BlockKind::Async { is_move: true, is_gen: false } => "async move ",
                    BlockKind::Async { is_move: false, is_gen: true } => "async gen ",
                    BlockKind::Async { is_move: true, is_gen: true } => "async gen move ",
                    BlockKind::Gen { is_move: false } => "gen ",
                    BlockKind::Gen { is_move: true } => "gen move ",
                    BlockKind::Const => "const ",
                    BlockKind::Try => "try ",
                });
                if stmts.is_empty() && tail.is_none() {
                    self.out.push_str("{}");
                } else {
                    self.out.push('{');
                    self.indent += 1;
                    for stmt in stmts.iter() {
                        self.newline();
                        self.stmt(stmt);
                    }
                    if let Some(tail) = tail {
                        self.newline();
                        self.expr(*tail);
                    }
                    self.indent -= 1;
                    self.newline();
                    self.out.push('}');
                }
            }
            Expr::If { condition, then_branch, else_branch } => {
                self.out.push_str("if ");
                self.expr(*condition);
                self.out.push(' ');
                self.expr(*then_branch);
                if let Some(else_branch) = else_branch {
                    self.out.push_str(" else ");
                    self.expr(*else_branch);
                }
            }
            Expr::Let { pat, expr } => {
                self.out.push_str("let ");
                self.pat(*pat);
                self.out.push_str(" = ");
                self.expr(*expr);
            }
            Expr::Loop { body: loop_body, label, .. } => {
                if let Some(label) = label {
                    let _ = write!(self.out, "{}: ", body[*label].name);
                }
                self.out.push_str("loop ");
                self.expr(*loop_body);
            }
            Expr::Match { scrutinee, arms, .. } => {
                self.out.push_str("match ");
                self.expr(*scrutinee);
                self.out.push_str(" {");
                self.indent += 1;
                for arm in arms.iter() {
                    self.newline();
                    self.pat(arm.pat);
                    if let Some(guard) = arm.guard {
                        self.out.push_str(" if ");
                        self.expr(guard);
                    }
                    self.out.push_str(" => ");
                    self.expr(arm.expr);
                    self.out.push(',');
                }
                self.indent -= 1;
                self.newline();
                self.out.push('}');
            }
            Expr::Call { callee, args } => {
                self.expr(*callee);
                self.out.push('(');
                self.list(args);
                self.out.push(')');
            }
            Expr::MethodCall { receiver, method, generic_args, args } => {
                self.expr(*receiver);
                let _ = write!(self.out, ".{method}");
                if let Some(generic_args) = generic_args {
                    self.out.push_str("::");
                    self.out.push_str(&render_generic_args(&body.types, generic_args));
                }
                self.out.push('(');
                self.list(args);
                self.out.push(')');
            }
            Expr::Field { expr, name } => {
                self.expr(*expr);
                let _ = write!(self.out, ".{name}");
            }
            Expr::Index { base, index } => {
                self.expr(*base);
                self.out.push('[');
                self.expr(*index);
                self.out.push(']');
            }
            Expr::Await { expr } => {
                self.expr(*expr);
                self.out.push_str(".await");
            }
            Expr::Cast { expr, ty } => {
                self.expr(*expr);
                let _ = write!(self.out, " as {}", render_type(&body.types, *ty));
            }
            Expr::Ref { expr, mutable, raw } => {
                self.out.push_str(match (raw, mutable) {
                    (false, false) => "&",
                    (false, true) => "&mut ",
                    (true, false) => "&raw const ",
                    (true, true) => "&raw mut ",
                });
                self.expr(*expr);
            }
            Expr::Unary { op, expr } => {
                self.out.push_str(match op {
                    UnaryOp::Deref => "*",
                    UnaryOp::Not => "!",
                    UnaryOp::Neg => "-",
                });
                self.expr(*expr);
            }
            Expr::Binary { op, lhs, rhs } => {
                self.out.push('(');
                self.expr(*lhs);
                let _ = write!(self.out, " {} ", binary_op_text(*op));
                self.expr(*rhs);
                self.out.push(')');
            }
            Expr::Range { start, end, inclusive } => {
                if let Some(start) = start {
                    self.expr(*start);
                }
                self.out.push_str(if *inclusive { "..=" } else { ".." });
                if let Some(end) = end {
                    self.expr(*end);
                }
            }
            Expr::Tuple(exprs) => {
                self.out.push('(');
                self.list(exprs);
                if exprs.len() == 1 {
                    self.out.push(',');
                }
                self.out.push(')');
            }
            Expr::Array(exprs) => {
                self.out.push('[');
                self.list(exprs);
                self.out.push(']');
            }
            Expr::Repeat { value, count } => {
                self.out.push('[');
                self.expr(*value);
                self.out.push_str("; ");
                self.expr(*count);
                self.out.push(']');
            }
            Expr::Record { path, fields, spread } => {
                self.out.push_str(&render_value_path(&body.types, *path));
                self.out.push_str(" { ");
                for (index, field) in fields.iter().enumerate() {
                    if index > 0 {
                        self.out.push_str(", ");
                    }
                    if field.is_shorthand {
                        self.expr(field.expr);
                    } else {
                        let _ = write!(self.out, "{}: ", field.name);
                        self.expr(field.expr);
                    }
                }
                if let Some(spread) = spread {
                    if !fields.is_empty() {
                        self.out.push_str(", ");
                    }
                    self.out.push_str("..");
                    if let Some(spread) = spread {
                        self.expr(*spread);
                    }
                }
                self.out.push_str(" }");
            }
            Expr::Closure(closure) => {
                if !closure.for_lifetimes.is_empty() {
                    let _ = write!(self.out, "for<{}> ", closure.for_lifetimes.join(", "));
                }
                for (flag, text) in [
                    (closure.is_const, "const "),
                    (closure.is_static, "static "),
                    (closure.is_async, "async "),
                    (closure.is_gen, "gen "),
                    (closure.is_move, "move "),
                ] {
                    if flag {
                        self.out.push_str(text);
                    }
                }
                self.out.push('|');
                for (index, (&param, ty)) in closure.params.iter().zip(closure.param_types.iter()).enumerate() {
                    if index > 0 {
                        self.out.push_str(", ");
                    }
                    self.pat(param);
                    if let Some(ty) = ty {
                        let _ = write!(self.out, ": {}", render_type(&body.types, *ty));
                    }
                }
                self.out.push_str("| ");
                if let Some(ret) = closure.ret {
                    let _ = write!(self.out, "-> {} ", render_type(&body.types, ret));
                }
                self.expr(closure.body);
            }
            Expr::Return(expr) => self.keyword_with("return", *expr),
            Expr::Break { label, expr } => {
                self.out.push_str("break");
                if let Some(label) = label {
                    let _ = write!(self.out, " {}", body[*label].name);
                }
                if let Some(expr) = expr {
                    self.out.push(' ');
                    self.expr(*expr);
                }
            }
            Expr::Continue { label } => {
                self.out.push_str("continue");
                if let Some(label) = label {
                    let _ = write!(self.out, " {}", body[*label].name);
                }
            }
            Expr::Become(expr) => self.keyword_with("become", Some(*expr)),
            Expr::Yield(expr) => self.keyword_with("yield", *expr),
            Expr::Yeet(expr) => self.keyword_with("do yeet", *expr),
            Expr::Underscore => self.out.push('_'),
            Expr::MacroCall { path, expansion, .. } => {
                let _ = write!(self.out, "{}!(..)", render_value_path(&body.types, *path));
                match expansion {
                    Some(expansion) => {
                        self.out.push_str(" ~> ");
                        self.expr(*expansion);
                    }
                    None => self.out.push_str(" /* not expanded */"),
                }
            }
            Expr::FormatArgs { template, args } => {
                self.out.push_str("format_args!(");
                self.expr(*template);
                for arg in args.iter() {
                    self.out.push_str(", ");
                    if let Some(name) = &arg.name {
                        let _ = write!(self.out, "{name} = ");
                    }
                    self.expr(arg.expr);
                }
                self.out.push(')');
            }
            Expr::Asm(exprs) => {
                self.out.push_str("asm!(");
                self.list(exprs);
                self.out.push(')');
            }
            Expr::OffsetOf { ty, fields } => {
                let _ = write!(self.out, "offset_of!({}, {})", render_type(&body.types, *ty), fields.join("."));
            }
            Expr::TypeAscription { expr, ty } => {
                self.out.push_str("type_ascribe!(");
                self.expr(*expr);
                let _ = write!(self.out, ", {})", render_type(&body.types, *ty));
            }
            Expr::IncludeBytes => self.out.push_str("include_bytes!(..)"),
        }
        self.desugaring = outer;
    }

    fn keyword_with(&mut self, keyword: &str, expr: Option<ExprId>) {
        self.out.push_str(keyword);
        if let Some(expr) = expr {
            self.out.push(' ');
            self.expr(expr);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Let { pat, ty, initializer, else_branch, is_super } => {
                self.out.push_str(if *is_super { "super let " } else { "let " });
                self.pat(*pat);
                if let Some(ty) = ty {
                    let _ = write!(self.out, ": {}", render_type(&self.body.types, *ty));
                }
                if let Some(initializer) = initializer {
                    self.out.push_str(" = ");
                    self.expr(*initializer);
                }
                if let Some(else_branch) = else_branch {
                    self.out.push_str(" else ");
                    self.expr(*else_branch);
                }
                self.out.push(';');
            }
            Stmt::Expr { expr, has_semicolon } => {
                self.expr(*expr);
                if *has_semicolon {
                    self.out.push(';');
                }
            }
            Stmt::MacroCall { path, expanded, stmts, .. } => {
                let _ = write!(self.out, "{}!(..);", render_value_path(&self.body.types, *path));
                if *expanded {
                    let _ = write!(self.out, " // ~> the next {stmts} statements");
                } else {
                    self.out.push_str(" // not expanded");
                }
            }
            Stmt::Item { kind, name, imports, .. } => {
                let kind = match kind {
                    BlockItemKind::Fn => "fn",
                    BlockItemKind::Struct => "struct",
                    BlockItemKind::Enum => "enum",
                    BlockItemKind::Union => "union",
                    BlockItemKind::Trait => "trait",
                    BlockItemKind::Impl => "impl",
                    BlockItemKind::TypeAlias => "type",
                    BlockItemKind::Const => "const",
                    BlockItemKind::Static => "static",
                    BlockItemKind::Use => "use",
                    BlockItemKind::ExternCrate => "extern crate",
                    BlockItemKind::ExternBlock => "extern",
                    BlockItemKind::Module => "mod",
                    BlockItemKind::MacroRules => "macro_rules!",
                    BlockItemKind::MacroDef => "macro",
                    BlockItemKind::MacroCall => "macro call",
                    BlockItemKind::Other => "item",
                };
                let _ = write!(self.out, "/* item */ {kind}");
                if let Some(name) = name {
                    let _ = write!(self.out, " {name}");
                }
                for (index, import) in imports.iter().enumerate() {
                    let separator = if index == 0 { " " } else { ", " };
                    let _ = match &import.kind {
                        sem_db::syntax::UseImportKind::Glob => write!(self.out, "{separator}{}::*", import.path),
                        sem_db::syntax::UseImportKind::Underscore => {
                            write!(self.out, "{separator}{} as _", import.path)
                        }
                        sem_db::syntax::UseImportKind::Single { alias: Some(alias) } => {
                            write!(self.out, "{separator}{} as {alias}", import.path)
                        }
                        sem_db::syntax::UseImportKind::Single { alias: None } => {
                            write!(self.out, "{separator}{}", import.path)
                        }
                    };
                }
            }
        }
    }

    fn pats(&mut self, pats: &[PatId]) {
        for (index, &pat) in pats.iter().enumerate() {
            if index > 0 {
                self.out.push_str(", ");
            }
            self.pat(pat);
        }
    }

    fn pat(&mut self, id: PatId) {
        stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.pat_inner(id));
    }

    fn pat_inner(&mut self, id: PatId) {
        let body = self.body;
        match &body[id] {
            Pat::Missing => self.out.push_str("{missing}"),
            Pat::Wild => self.out.push('_'),
            Pat::Rest => self.out.push_str(".."),
            Pat::Bind { binding, subpat } => {
                let binding = &body[*binding];
                if binding.by_ref {
                    self.out.push_str("ref ");
                }
                if binding.mutable {
                    self.out.push_str("mut ");
                }
                self.out.push_str(&binding.name);
                if let Some(subpat) = subpat {
                    self.out.push_str(" @ ");
                    self.pat(*subpat);
                }
            }
            Pat::Path(path) => self.out.push_str(&render_value_path(&body.types, *path)),
            Pat::LangPath { item, args } => {
                let _ = write!(self.out, "{{lang {}}}", item.path());
                if !args.is_empty() {
                    self.out.push('(');
                    self.pats(args);
                    self.out.push(')');
                }
            }
            Pat::TupleStruct { path, args } => {
                self.out.push_str(&render_value_path(&body.types, *path));
                self.out.push('(');
                self.pats(args);
                self.out.push(')');
            }
            Pat::Record { path, fields, has_rest } => {
                self.out.push_str(&render_value_path(&body.types, *path));
                self.out.push_str(" { ");
                for (index, field) in fields.iter().enumerate() {
                    if index > 0 {
                        self.out.push_str(", ");
                    }
                    if !field.is_shorthand {
                        let _ = write!(self.out, "{}: ", field.name);
                    }
                    self.pat(field.pat);
                }
                if *has_rest {
                    self.out.push_str(if fields.is_empty() { ".." } else { ", .." });
                }
                self.out.push_str(" }");
            }
            Pat::Tuple(pats) => {
                self.out.push('(');
                self.pats(pats);
                if pats.len() == 1 {
                    self.out.push(',');
                }
                self.out.push(')');
            }
            Pat::Slice(pats) => {
                self.out.push('[');
                self.pats(pats);
                self.out.push(']');
            }
            Pat::Or(pats) => {
                for (index, &pat) in pats.iter().enumerate() {
                    if index > 0 {
                        self.out.push_str(" | ");
                    }
                    self.pat(pat);
                }
            }
            Pat::Ref { pat, mutable } => {
                self.out.push_str(if *mutable { "&mut " } else { "&" });
                self.pat(*pat);
            }
            Pat::Box(pat) => {
                self.out.push_str("box ");
                self.pat(*pat);
            }
            Pat::Deref(pat) => {
                self.out.push_str("deref!(");
                self.pat(*pat);
                self.out.push(')');
            }
            Pat::Literal { literal, negated } => {
                if *negated {
                    self.out.push('-');
                }
                self.out.push_str(&literal.text);
            }
            Pat::Range { start, end, inclusive } => {
                if let Some(start) = start {
                    self.pat(*start);
                }
                self.out.push_str(if *inclusive { "..=" } else { ".." });
                if let Some(end) = end {
                    self.pat(*end);
                }
            }
            Pat::ConstBlock(expr) => self.expr(*expr),
            Pat::MacroCall { path, expansion, .. } => {
                let _ = write!(self.out, "{}!(..)", render_value_path(&body.types, *path));
                match expansion {
                    Some(expansion) => {
                        self.out.push_str(" ~> ");
                        self.pat(*expansion);
                    }
                    None => self.out.push_str(" /* not expanded */"),
                }
            }
        }
    }
}

fn binary_op_text(op: BinaryOp) -> &'static str {
    let arith = |op: ArithOp| match op {
        ArithOp::Add => "+",
        ArithOp::Sub => "-",
        ArithOp::Mul => "*",
        ArithOp::Div => "/",
        ArithOp::Rem => "%",
        ArithOp::Shl => "<<",
        ArithOp::Shr => ">>",
        ArithOp::BitXor => "^",
        ArithOp::BitOr => "|",
        ArithOp::BitAnd => "&",
    };
    match op {
        BinaryOp::Logic(LogicOp::And) => "&&",
        BinaryOp::Logic(LogicOp::Or) => "||",
        BinaryOp::Arith(op) => arith(op),
        BinaryOp::Cmp(op) => match op {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        },
        BinaryOp::Assign => "=",
        BinaryOp::AssignOp(op) => match op {
            ArithOp::Add => "+=",
            ArithOp::Sub => "-=",
            ArithOp::Mul => "*=",
            ArithOp::Div => "/=",
            ArithOp::Rem => "%=",
            ArithOp::Shl => "<<=",
            ArithOp::Shr => ">>=",
            ArithOp::BitXor => "^=",
            ArithOp::BitOr => "|=",
            ArithOp::BitAnd => "&=",
        },
    }
}
