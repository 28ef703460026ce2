//! Lowering an owner's syntax to its bodies.
//!
//! Expressions nest deeper than the parser's nesting limit where the syntax nests to the left
//! without the parser recursing (`a + b + c…`, `x.f().g()…`, `x??…`): lowering recurses through
//! [`stacker::maybe_grow`], which moves to a new stack segment on the heap when the current one
//! runs low, so no input overflows the stack, and each node is visited once.

use sem_db::expand::InactiveCode;
use sem_sources::CfgOptions;
use sem_syntax::{
    SyntaxKind, SyntaxNode, TextRange, TextSize, WalkEvent,
    ast::{self, AstNode, HasArgList, HasGenericArgs, HasLoopBody, HasName},
};

use super::{
    ArithOp, BinaryOp, Binding, BindingId, BlockItemKind, BlockKind, Body, BodyDiagnostic, BodyDiagnosticKind,
    BodyKind, BodyRoot, BodySourceMap, Closure, CmpOp, Desugaring, Expr, ExprId, FormatArg, Label, LabelId, LangItem,
    Literal, LiteralKind, LogicOp, LoopSource, MatchArm, MatchSource, NodeSource, Pat, PatId, RecordField,
    RecordPatField, Stmt, UnaryOp,
};
use sem_db::{
    expand::{ExpnId, InnerCallKind},
    spans::SyntaxContext,
};

use crate::{
    Db, ItemAst, OwnerKind,
    expander::{Expander, Expansion, MAX_BODY_EXPANSIONS},
    signature::{
        GenericArgs, Name, Path, PathAnchor, PathSegment,
        lower::{Ctx as TypeCtx, for_lifetimes, lifetime_name, name_of},
    },
};

/// How much stack must be left before a recursion step moves to a new segment, and how big a
/// new segment is.
const RED_ZONE: usize = 128 * 1024;
const STACK_SEGMENT: usize = 2 * 1024 * 1024;

/// The bodies of the item `node` (the syntax of `ast`), an owner of kind `kind`, with the
/// crate's cfg `cfg` applied, and their source map; the macro calls inside are expanded.
pub(super) fn lower_body(
    db: &dyn Db,
    ast: ItemAst,
    node: &SyntaxNode,
    kind: OwnerKind,
    cfg: &CfgOptions,
) -> (Body, BodySourceMap) {
    let mut ctx = Ctx {
        body: Body::default(),
        source_map: BodySourceMap::default(),
        types: TypeCtx::new(Expander::new(db, ast, node)),
        cfg,
        break_scopes: Vec::new(),
        desugaring: None,
    };
    ctx.roots(node, kind);
    let Ctx { mut body, mut source_map, types, .. } = ctx;
    body.types = types.store;
    source_map.types = types.source_map;
    source_map.types.expansions = types.expander.expansions;
    // Bodies are kept for long: without the arenas' growth slack.
    body.shrink_to_fit();
    source_map.shrink_to_fit();
    (body, source_map)
}

/// What `break` and `continue` may leave.
#[derive(Clone, Copy)]
enum BreakScope {
    /// A loop, possibly labelled.
    Loop(Option<LabelId>),
    /// A labelled block: only `break 'label` leaves it.
    Block(LabelId),
    /// A closure, an `async` block or a `const` block: no label outside is visible.
    Barrier,
}

struct Ctx<'a> {
    body: Body,
    source_map: BodySourceMap,
    types: TypeCtx<'a>,
    /// The crate's cfg, which decides what `#[cfg]` removes.
    cfg: &'a CfgOptions,
    break_scopes: Vec<BreakScope>,
    /// The desugaring whose nodes are being made, if any.
    desugaring: Option<Desugaring>,
}

impl<'a> Ctx<'a> {
    fn roots(&mut self, node: &SyntaxNode, kind: OwnerKind) {
        match kind {
            OwnerKind::Function => {
                let Some(function) = ast::Fn::cast(node.clone()) else { return };
                let Some(block) = function.body() else { return };
                let list = function.param_list();
                let self_param = list.as_ref().and_then(|list| list.self_param()).map(|param| {
                    let binding = self.body.bindings.alloc(Binding {
                        name: Name::new_static("self"),
                        by_ref: false,
                        mutable: param.mut_token().is_some() && param.amp_token().is_none(),
                    });
                    let range = self.range(param.syntax());
                    self.source_map.bindings.insert(binding, range);
                    // `self` is hygienic too: written by a macro, it is that macro's.
                    let self_token = param
                        .syntax()
                        .descendants_with_tokens()
                        .filter_map(|element| element.into_token())
                        .find(|token| token.kind() == SyntaxKind::SELF_KW);
                    if let Some(token) = self_token {
                        self.record_binding_context(binding, token.text_range());
                    }
                    binding
                });
                let cfg = self.cfg;
                let params = list
                    .iter()
                    .flat_map(|list| list.params())
                    .filter(|param| is_active(cfg, param.syntax()))
                    .filter(|param| !(param.dot3_token().is_some() && param.ty().is_none() && param.pat().is_none()))
                    .map(|param| self.pat(param.pat()))
                    .collect();
                let value = if function.async_token().is_some() || function.gen_token().is_some() {
                    // `async fn f() -> T { body }` is `fn f() -> impl Future<Output = T> { async
                    // move { body } }`.
                    let is_async = function.async_token().is_some();
                    let inner = self.block(&block, BlockKind::Plain);
                    let kind = if is_async {
                        BlockKind::Async { is_move: true, is_gen: function.gen_token().is_some() }
                    } else {
                        BlockKind::Gen { is_move: true }
                    };
                    let range = self.range(block.syntax());
                    self.alloc_desugared(
                        Expr::Block { kind, label: None, stmts: Box::new([]), tail: Some(inner) },
                        range,
                        Desugaring::AsyncFn,
                    )
                } else {
                    self.block(&block, BlockKind::Plain)
                };
                self.body.roots.push(BodyRoot { kind: BodyKind::Fn, self_param, params, value });
            }
            OwnerKind::Const => {
                let Some(item) = ast::Const::cast(node.clone()) else { return };
                if let Some(value) = item.body() {
                    let value = self.expr(Some(value));
                    self.body.roots.push(BodyRoot {
                        kind: BodyKind::Const,
                        self_param: None,
                        params: Vec::new(),
                        value,
                    });
                }
            }
            OwnerKind::Static => {
                let Some(item) = ast::Static::cast(node.clone()) else { return };
                if let Some(value) = item.body() {
                    let value = self.expr(Some(value));
                    self.body.roots.push(BodyRoot {
                        kind: BodyKind::Static,
                        self_param: None,
                        params: Vec::new(),
                        value,
                    });
                }
            }
            OwnerKind::Enum => {
                let Some(item) = ast::Enum::cast(node.clone()) else { return };
                let variants = item.variant_list().into_iter().flat_map(|list| list.variants());
                for (index, variant) in variants.enumerate() {
                    if let Some(value) = variant.const_arg().and_then(|arg| arg.expr()) {
                        let value = self.expr(Some(value));
                        self.body.roots.push(BodyRoot {
                            kind: BodyKind::Discriminant(index as u32),
                            self_param: None,
                            params: Vec::new(),
                            value,
                        });
                    }
                    self.field_defaults(variant.field_list(), Some(index as u32));
                }
            }
            OwnerKind::Struct => {
                let Some(item) = ast::Struct::cast(node.clone()) else { return };
                self.field_defaults(item.field_list(), None);
            }
            OwnerKind::Union => {
                let Some(item) = ast::Union::cast(node.clone()) else { return };
                self.field_defaults(item.record_field_list().map(ast::FieldList::RecordFieldList), None);
            }
            OwnerKind::Trait
            | OwnerKind::TraitAlias
            | OwnerKind::Impl
            | OwnerKind::TypeAlias
            | OwnerKind::MacroRules
            | OwnerKind::MacroDef => {}
        }
    }

    fn field_defaults(&mut self, list: Option<ast::FieldList>, variant: Option<u32>) {
        let Some(ast::FieldList::RecordFieldList(list)) = list else { return };
        for (index, field) in list.fields().enumerate() {
            if let Some(value) = field.default_val().and_then(|arg| arg.expr()) {
                let value = self.expr(Some(value));
                self.body.roots.push(BodyRoot {
                    kind: BodyKind::FieldDefault { variant, field: index as u32 },
                    self_param: None,
                    params: Vec::new(),
                    value,
                });
            }
        }
    }

    // ----- helpers -----

    fn range(&self, node: &SyntaxNode) -> TextRange {
        self.types.expander.range(node.text_range())
    }

    // ----- macro calls -----

    /// The expansion of the macro call `call` of the tree being lowered (see
    /// [`Expander::expansion_of`]); the first call the owner's budget stops is a diagnostic.
    fn expansion_of(&mut self, call: &ast::MacroCall) -> Option<(ExpnId, InnerCallKind, Option<Expansion<'a>>)> {
        let reached = self.types.expander.limit_reached;
        let found = self.types.expander.expansion_of(call);
        if !reached && self.types.expander.limit_reached {
            let range = self.range(call.syntax());
            self.diagnostic(range, BodyDiagnosticKind::TooManyExpansions { limit: MAX_BODY_EXPANSIONS });
        }
        found
    }

    /// Runs `f` with the tree of `expn`'s expansion as the tree being lowered.
    fn in_expansion<T>(&mut self, expn: ExpnId, expansion: &Expansion<'a>, f: impl FnOnce(&mut Self) -> T) -> T {
        let outer = self.types.expander.enter(expn, expansion);
        let out = f(self);
        self.types.expander.exit(outer);
        out
    }

    /// The hygiene of the token at `range` of the tree being lowered (a range of the tree, not
    /// of the virtual text): the root context in the item's own text.
    fn context_at(&self, range: TextRange) -> SyntaxContext {
        self.types.expander.context_at(range)
    }

    /// Records the context of `binding`, whose name is at `range` of the tree, when a macro
    /// wrote it.
    fn record_binding_context(&mut self, binding: BindingId, range: TextRange) {
        if self.types.expander.has_contexts() {
            let ctx = self.context_at(range);
            if ctx != SyntaxContext::Root {
                self.body.hygiene.bindings.push((binding, ctx));
            }
        }
    }

    /// A path of the body, with the context of its first segment when a macro wrote it.
    fn path_id(&mut self, path: &ast::Path) -> super::PathId {
        let id = self.types.path_id(path);
        if self.types.expander.has_contexts() {
            let ctx = self.context_at(path.syntax().text_range());
            if ctx != SyntaxContext::Root {
                self.body.hygiene.paths.push((id, ctx));
            }
        }
        id
    }

    /// A macro call in expression position (`stmts`: one that rustc parses as a statement, a
    /// block's tail, whose expansion is statements, spliced into `stmts`).
    fn macro_expr(&mut self, call: Option<ast::MacroCall>, range: TextRange) -> ExprId {
        let Some(call) = call else { return self.missing_expr(range) };
        let Some(path) = call.path() else { return self.missing_expr(range) };
        let path = self.path_id(&path);
        let Some((expn, kind, root)) = self.expansion_of(&call) else { return self.missing_expr(range) };
        let expansion = root.map(|expansion| {
            let root = expansion.0.clone();
            self.in_expansion(expn, &expansion, |ctx| match kind {
                InnerCallKind::Stmts => {
                    // A tail that expanded to statements: a block of them, in which the
                    // statements are in scope of what follows them alone, as when spliced.
                    let mut stmts = Vec::new();
                    let tail = ctx.macro_stmts(&root, &mut stmts);
                    match (stmts.is_empty(), tail) {
                        (true, Some(tail)) => tail,
                        (_, tail) => {
                            let range = ctx.range(&root);
                            ctx.alloc_expr(
                                Expr::Block { kind: BlockKind::Plain, label: None, stmts: stmts.into(), tail },
                                range,
                            )
                        }
                    }
                }
                _ => {
                    let expr = ast::Expr::cast(root.clone()).or_else(|| root.children().find_map(ast::Expr::cast));
                    ctx.expr(expr)
                }
            })
        });
        self.alloc_expr(Expr::MacroCall { path, expn, expansion }, range)
    }

    /// A macro call that is a statement: a marker, then its expansion's statements, spliced.
    /// Its trailing expression, if any, is a statement without a semicolon.
    fn macro_stmt(&mut self, call: &ast::MacroCall, stmts: &mut Vec<Stmt>) {
        let Some(path) = call.path() else { return };
        let path = self.path_id(&path);
        let Some((expn, _, root)) = self.expansion_of(call) else { return };
        let marker = stmts.len();
        stmts.push(Stmt::MacroCall { path, expn, expanded: root.is_some(), stmts: 0 });
        if let Some(expansion) = root {
            let root = expansion.0.clone();
            self.in_expansion(expn, &expansion, |ctx| {
                if let Some(tail) = ctx.macro_stmts(&root, stmts) {
                    stmts.push(Stmt::Expr { expr: tail, has_semicolon: false });
                }
            });
        }
        let count = (stmts.len() - marker - 1) as u32;
        if let Some(Stmt::MacroCall { stmts, .. }) = stmts.get_mut(marker) {
            *stmts = count;
        }
    }

    /// The statements of an expansion parsed as statements (`MACRO_STMTS`), pushed to `stmts`,
    /// and its trailing expression.
    fn macro_stmts(&mut self, root: &SyntaxNode, stmts: &mut Vec<Stmt>) -> Option<ExprId> {
        let list = ast::MacroStmts::cast(root.clone())?;
        for stmt in list.statements() {
            if self.is_active(stmt.syntax()) {
                self.stmt(stmt, stmts);
            }
        }
        let tail = list.expr().filter(|expr| self.is_active(expr.syntax()))?;
        Some(self.expr(Some(tail)))
    }

    /// Whether the crate's cfg keeps `node`.
    fn is_active(&self, node: &SyntaxNode) -> bool {
        is_active(self.cfg, node)
    }

    fn alloc_expr(&mut self, expr: Expr, range: TextRange) -> ExprId {
        let id = self.body.exprs.alloc(expr);
        self.source_map.exprs.insert(id, NodeSource { range, desugaring: self.desugaring });
        id
    }

    fn alloc_desugared(&mut self, expr: Expr, range: TextRange, desugaring: Desugaring) -> ExprId {
        let id = self.body.exprs.alloc(expr);
        self.source_map.exprs.insert(id, NodeSource { range, desugaring: Some(desugaring) });
        id
    }

    fn alloc_pat(&mut self, pat: Pat, range: TextRange) -> PatId {
        let id = self.body.pats.alloc(pat);
        self.source_map.pats.insert(id, NodeSource { range, desugaring: self.desugaring });
        id
    }

    fn alloc_binding(&mut self, binding: Binding, range: TextRange) -> BindingId {
        let id = self.body.bindings.alloc(binding);
        self.source_map.bindings.insert(id, range);
        id
    }

    fn missing_expr(&mut self, range: TextRange) -> ExprId {
        self.alloc_expr(Expr::Missing, range)
    }

    fn diagnostic(&mut self, range: TextRange, kind: BodyDiagnosticKind) {
        self.source_map.diagnostics.push(BodyDiagnostic { range, kind });
    }

    // ----- expressions -----

    /// Lowers `expr` (missing syntax is [`Expr::Missing`]).
    fn expr(&mut self, expr: Option<ast::Expr>) -> ExprId {
        match expr {
            Some(expr) => stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.expr_inner(&expr)),
            None => self.alloc_expr(Expr::Missing, TextRange::empty(TextSize::new(0))),
        }
    }

    fn exprs(&mut self, exprs: impl Iterator<Item = ast::Expr>) -> Box<[ExprId]> {
        let cfg = self.cfg;
        exprs.filter(|expr| is_active(cfg, expr.syntax())).map(|expr| self.expr(Some(expr))).collect()
    }

    fn expr_inner(&mut self, syntax: &ast::Expr) -> ExprId {
        let range = self.range(syntax.syntax());
        let expr = match syntax {
            ast::Expr::ParenExpr(e) => {
                return match e.expr() {
                    Some(inner) => self.expr(Some(inner)),
                    None => self.missing_expr(range),
                };
            }
            ast::Expr::PathExpr(e) => match e.path() {
                Some(path) => Expr::Path(self.path_id(&path)),
                None => Expr::Missing,
            },
            ast::Expr::Literal(e) => match literal(e) {
                Some(literal) => Expr::Literal(literal),
                None => Expr::Missing,
            },
            ast::Expr::BlockExpr(e) => return self.block_expr(e),
            ast::Expr::IfExpr(e) => return self.if_expr(e),
            ast::Expr::LetExpr(e) => {
                let expr = self.expr(e.expr());
                let pat = self.pat(e.pat());
                Expr::Let { pat, expr }
            }
            ast::Expr::LoopExpr(e) => {
                let label = e.label().map(|label| self.label(&label));
                self.break_scopes.push(BreakScope::Loop(label));
                let body = self.opt_block(e.loop_body(), range);
                self.break_scopes.pop();
                Expr::Loop { body, label, source: LoopSource::Loop }
            }
            ast::Expr::WhileExpr(e) => return self.while_expr(e, range),
            ast::Expr::ForExpr(e) => return self.for_expr(e, range),
            ast::Expr::MatchExpr(e) => {
                let scrutinee = self.expr(e.expr());
                let cfg = self.cfg;
                let arms = e
                    .match_arm_list()
                    .into_iter()
                    .flat_map(|list| list.arms())
                    .filter(|arm| is_active(cfg, arm.syntax()))
                    .map(|arm| {
                        let pat = self.pat(arm.pat());
                        let guard = arm.guard().map(|guard| self.expr(guard.condition()));
                        let expr = self.expr(arm.expr());
                        MatchArm { pat, guard, expr }
                    })
                    .collect();
                Expr::Match { scrutinee, arms, source: MatchSource::Normal }
            }
            ast::Expr::CallExpr(e) => {
                let callee = self.expr(e.expr());
                let args = self.exprs(e.arg_list().into_iter().flat_map(|list| list.args()));
                Expr::Call { callee, args }
            }
            ast::Expr::MethodCallExpr(e) => {
                let receiver = self.expr(e.receiver());
                let method = e.name_ref().map(|name| Name::new(name.text().as_str())).unwrap_or_default();
                let generic_args = e.generic_arg_list().map(|list| {
                    Box::new(GenericArgs { args: self.types.generic_arg_list(&list), parenthesized: None })
                });
                let args = self.exprs(e.arg_list().into_iter().flat_map(|list| list.args()));
                Expr::MethodCall { receiver, method, generic_args, args }
            }
            ast::Expr::FieldExpr(e) => {
                let expr = self.expr(e.expr());
                let name = e.name_ref().map(|name| Name::new(name.text().as_str())).unwrap_or_default();
                Expr::Field { expr, name }
            }
            ast::Expr::IndexExpr(e) => {
                let base = self.expr(e.base());
                let index = self.expr(e.index());
                Expr::Index { base, index }
            }
            ast::Expr::AwaitExpr(e) => Expr::Await { expr: self.expr(e.expr()) },
            ast::Expr::TryExpr(e) => return self.try_expr(e, range),
            ast::Expr::CastExpr(e) => {
                let expr = self.expr(e.expr());
                let ty = self.types.ty(e.ty());
                Expr::Cast { expr, ty }
            }
            ast::Expr::RefExpr(e) => {
                let raw = e.raw_token().is_some();
                Expr::Ref { expr: self.expr(e.expr()), mutable: e.mut_token().is_some(), raw }
            }
            ast::Expr::PrefixExpr(e) => {
                let op = match e.op_token().map(|token| token.kind()) {
                    Some(SyntaxKind::STAR) => UnaryOp::Deref,
                    Some(SyntaxKind::BANG) => UnaryOp::Not,
                    _ => UnaryOp::Neg,
                };
                Expr::Unary { op, expr: self.expr(e.expr()) }
            }
            ast::Expr::BinExpr(e) => {
                let lhs = self.expr(e.lhs());
                let rhs = self.expr(e.rhs());
                match e.op_token().and_then(|token| binary_op(token.kind())) {
                    Some(op) => Expr::Binary { op, lhs, rhs },
                    None => Expr::Missing,
                }
            }
            ast::Expr::RangeExpr(e) => {
                let start = e.start().map(|start| self.expr(Some(start)));
                let end = e.end().map(|end| self.expr(Some(end)));
                let inclusive =
                    matches!(e.op_token().map(|token| token.kind()), Some(SyntaxKind::DOT2EQ | SyntaxKind::DOT3));
                Expr::Range { start, end, inclusive }
            }
            ast::Expr::TupleExpr(e) => Expr::Tuple(self.exprs(e.fields())),
            ast::Expr::ArrayExpr(e) => {
                if e.semicolon_token().is_some() {
                    let mut exprs = e.exprs();
                    let value = self.expr(exprs.next());
                    let count = self.expr(exprs.next());
                    Expr::Repeat { value, count }
                } else {
                    Expr::Array(self.exprs(e.exprs()))
                }
            }
            ast::Expr::RecordExpr(e) => {
                let path = match e.path() {
                    Some(path) => self.path_id(&path),
                    None => self.types.store.paths.alloc(Path { anchor: PathAnchor::Plain, segments: Box::new([]) }),
                };
                let list = e.record_expr_field_list();
                let cfg = self.cfg;
                let fields = list
                    .iter()
                    .flat_map(|list| list.fields())
                    .filter(|field| is_active(cfg, field.syntax()))
                    .map(|field| self.record_field(&field))
                    .collect();
                let spread = list
                    .as_ref()
                    .filter(|list| list.dot2_token().is_some())
                    .map(|list| list.spread().map(|spread| self.expr(Some(spread))));
                Expr::Record { path, fields, spread }
            }
            ast::Expr::ClosureExpr(e) => {
                self.break_scopes.push(BreakScope::Barrier);
                let mut params = Vec::new();
                let mut param_types = Vec::new();
                for param in e.param_list().into_iter().flat_map(|list| list.params()) {
                    if !self.is_active(param.syntax()) {
                        continue;
                    }
                    params.push(self.pat(param.pat()));
                    param_types.push(param.ty().map(|ty| self.types.ty(Some(ty))));
                }
                let ret = e.ret_type().and_then(|ret| ret.ty()).map(|ty| self.types.ty(Some(ty)));
                let body = self.expr(e.body());
                self.break_scopes.pop();
                Expr::Closure(Box::new(Closure {
                    params: params.into(),
                    param_types: param_types.into(),
                    ret,
                    body,
                    is_move: e.move_token().is_some(),
                    is_async: e.async_token().is_some(),
                    is_const: e.const_token().is_some(),
                    is_static: e.static_token().is_some(),
                    is_gen: e.gen_token().is_some(),
                    for_lifetimes: for_lifetimes(e.for_binder()),
                }))
            }
            ast::Expr::ReturnExpr(e) => Expr::Return(e.expr().map(|expr| self.expr(Some(expr)))),
            ast::Expr::BreakExpr(e) => {
                let label = self.jump_target(e.lifetime(), "break", range);
                Expr::Break { label, expr: e.expr().map(|expr| self.expr(Some(expr))) }
            }
            ast::Expr::ContinueExpr(e) => Expr::Continue { label: self.jump_target(e.lifetime(), "continue", range) },
            ast::Expr::BecomeExpr(e) => Expr::Become(self.expr(e.expr())),
            ast::Expr::YieldExpr(e) => Expr::Yield(e.expr().map(|expr| self.expr(Some(expr)))),
            ast::Expr::YeetExpr(e) => Expr::Yeet(e.expr().map(|expr| self.expr(Some(expr)))),
            ast::Expr::UnderscoreExpr(_) => Expr::Underscore,
            ast::Expr::MacroExpr(e) => return self.macro_expr(e.macro_call(), range),
            ast::Expr::FormatArgsExpr(e) => return self.format_args(e, range),
            ast::Expr::AsmExpr(e) => {
                let mut exprs: Vec<ExprId> = e.template().map(|template| self.expr(Some(template))).collect();
                for piece in e.asm_pieces() {
                    if let ast::AsmPiece::AsmOperandNamed(operand) = piece {
                        self.asm_operand(operand.asm_operand(), &mut exprs);
                    }
                }
                Expr::Asm(exprs.into())
            }
            ast::Expr::OffsetOfExpr(e) => {
                let ty = self.types.ty(e.ty());
                let fields = e.fields().map(|name| Name::new(name.text().as_str())).collect();
                Expr::OffsetOf { ty, fields }
            }
            ast::Expr::TypeAscriptionExpr(e) => {
                let expr = self.expr(e.expr());
                let ty = self.types.ty(e.ty());
                Expr::TypeAscription { expr, ty }
            }
            ast::Expr::IncludeBytesExpr(_) => Expr::IncludeBytes,
        };
        self.alloc_expr(expr, range)
    }

    fn asm_operand(&mut self, operand: Option<ast::AsmOperand>, exprs: &mut Vec<ExprId>) {
        match operand {
            Some(ast::AsmOperand::AsmRegOperand(operand)) => {
                if let Some(operand) = operand.asm_operand_expr() {
                    exprs.push(self.expr(operand.in_expr()));
                    if let Some(out) = operand.out_expr() {
                        exprs.push(self.expr(Some(out)));
                    }
                }
            }
            Some(ast::AsmOperand::AsmConst(operand)) => exprs.push(self.expr(operand.expr())),
            Some(ast::AsmOperand::AsmLabel(operand)) => {
                let range = self.range(operand.syntax());
                exprs.push(self.opt_block(operand.block_expr(), range));
            }
            Some(ast::AsmOperand::AsmSym(operand)) => {
                if let Some(path) = operand.path() {
                    let range = self.range(path.syntax());
                    let path = self.path_id(&path);
                    exprs.push(self.alloc_expr(Expr::Path(path), range));
                }
            }
            None => {}
        }
    }

    fn record_field(&mut self, field: &ast::RecordExprField) -> RecordField {
        match field.name_ref() {
            Some(name) => RecordField {
                name: Name::new(name.text().as_str()),
                expr: self.expr(field.expr()),
                is_shorthand: false,
            },
            None => {
                // `S { x }`: the value is the path `x`.
                let expr = self.expr(field.expr());
                let name = match &self.body[expr] {
                    Expr::Path(path) => self.types.store[*path].segments.first().map(|segment| segment.name.clone()),
                    _ => None,
                };
                RecordField { name: name.unwrap_or_default(), expr, is_shorthand: true }
            }
        }
    }

    /// The label `lifetime` names for `break` or `continue`, or the innermost loop's.
    fn jump_target(
        &mut self,
        lifetime: Option<ast::Lifetime>,
        keyword: &'static str,
        range: TextRange,
    ) -> Option<LabelId> {
        match lifetime {
            Some(lifetime) => {
                let name = lifetime_name(&lifetime);
                let ctx = self.context_at(lifetime.syntax().text_range());
                for scope in self.break_scopes.iter().rev() {
                    match *scope {
                        BreakScope::Loop(Some(label)) | BreakScope::Block(label)
                            if self.body.labels[label].name == name && self.body.hygiene.label(label) == ctx =>
                        {
                            return Some(label);
                        }
                        BreakScope::Barrier => break,
                        _ => {}
                    }
                }
                let range = self.range(lifetime.syntax());
                self.diagnostic(range, BodyDiagnosticKind::UndeclaredLabel { name });
                None
            }
            None => {
                for scope in self.break_scopes.iter().rev() {
                    match *scope {
                        BreakScope::Loop(label) => return label,
                        BreakScope::Barrier => break,
                        BreakScope::Block(_) => {}
                    }
                }
                self.diagnostic(range, BodyDiagnosticKind::OutsideOfLoop { keyword });
                None
            }
        }
    }

    fn label(&mut self, label: &ast::Label) -> LabelId {
        let name = label.lifetime().map(|it| lifetime_name(&it)).unwrap_or_default();
        let id = self.body.labels.alloc(Label { name });
        let ctx = self.context_at(label.syntax().text_range());
        if ctx != SyntaxContext::Root {
            self.body.hygiene.labels.push((id, ctx));
        }
        let range = self.range(label.syntax());
        self.source_map.labels.insert(id, range);
        id
    }

    fn opt_block(&mut self, block: Option<ast::BlockExpr>, range: TextRange) -> ExprId {
        match block {
            Some(block) => self.block(&block, BlockKind::Plain),
            None => self.missing_expr(range),
        }
    }

    fn block_expr(&mut self, block: &ast::BlockExpr) -> ExprId {
        let kind = if block.try_block_modifier().is_some() {
            BlockKind::Try
        } else if block.unsafe_token().is_some() {
            BlockKind::Unsafe
        } else if block.async_token().is_some() {
            BlockKind::Async { is_move: block.move_token().is_some(), is_gen: block.gen_token().is_some() }
        } else if block.gen_token().is_some() {
            BlockKind::Gen { is_move: block.move_token().is_some() }
        } else if block.const_token().is_some() {
            BlockKind::Const
        } else {
            BlockKind::Plain
        };
        self.block(block, kind)
    }

    /// A block of kind `kind`, with its label.
    fn block(&mut self, block: &ast::BlockExpr, kind: BlockKind) -> ExprId {
        let range = self.range(block.syntax());
        let label = block.label().map(|label| self.label(&label));
        let barrier = matches!(kind, BlockKind::Async { .. } | BlockKind::Gen { .. } | BlockKind::Const);
        if barrier {
            self.break_scopes.push(BreakScope::Barrier);
        }
        if let Some(label) = label {
            self.break_scopes.push(BreakScope::Block(label));
        }
        let mut stmts = Vec::new();
        let mut tail = None;
        if let Some(list) = block.stmt_list() {
            for stmt in list.statements() {
                if !self.is_active(stmt.syntax()) {
                    continue;
                }
                self.stmt(stmt, &mut stmts);
            }
            if let Some(expr) = list.tail_expr()
                && self.is_active(expr.syntax())
            {
                tail = Some(self.expr(Some(expr)));
            }
        }
        if label.is_some() {
            self.break_scopes.pop();
        }
        if barrier {
            self.break_scopes.pop();
        }
        self.alloc_expr(Expr::Block { kind, label, stmts: stmts.into(), tail }, range)
    }

    fn stmt(&mut self, stmt: ast::Stmt, stmts: &mut Vec<Stmt>) {
        match stmt {
            ast::Stmt::LetStmt(stmt) => {
                let initializer = stmt.initializer().map(|init| self.expr(Some(init)));
                let else_branch = stmt.let_else().map(|let_else| {
                    let range = self.range(let_else.syntax());
                    self.opt_block(let_else.block_expr(), range)
                });
                let ty = stmt.ty().map(|ty| self.types.ty(Some(ty)));
                let pat = self.pat(stmt.pat());
                stmts.push(Stmt::Let { pat, ty, initializer, else_branch, is_super: stmt.super_token().is_some() });
            }
            ast::Stmt::ExprStmt(stmt) => {
                // A macro call that is the whole statement is a statement macro, whose
                // expansion is statements.
                if let Some(ast::Expr::MacroExpr(e)) = stmt.expr()
                    && let Some(call) = e.macro_call()
                {
                    return self.macro_stmt(&call, stmts);
                }
                let expr = self.expr(stmt.expr());
                stmts.push(Stmt::Expr { expr, has_semicolon: stmt.semicolon_token().is_some() });
            }
            ast::Stmt::Item(ast::Item::MacroCall(call)) => self.macro_stmt(&call, stmts),
            ast::Stmt::Item(item) => {
                let (kind, name) = block_item(&item);
                let imports = match &item {
                    ast::Item::Use(item) => sem_db::syntax::use_imports(item).into(),
                    _ => Box::new([]) as Box<[_]>,
                };
                let dollar_crate = self.types.expander.dollar_crate();
                stmts.push(Stmt::Item { kind, name, imports, dollar_crate });
            }
        }
    }

    fn if_expr(&mut self, e: &ast::IfExpr) -> ExprId {
        let range = self.range(e.syntax());
        let condition = self.expr(e.condition());
        let then_branch = self.opt_block(e.then_branch(), range);
        let else_branch = e.else_branch().map(|branch| match branch {
            ast::ElseBranch::IfExpr(e) => stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.if_expr(&e)),
            ast::ElseBranch::BlockExpr(block) => self.block_expr(&block),
        });
        self.alloc_expr(Expr::If { condition, then_branch, else_branch }, range)
    }

    /// `'label: while COND BODY` is `'label: loop { if COND BODY else { break } }`.
    fn while_expr(&mut self, e: &ast::WhileExpr, range: TextRange) -> ExprId {
        let label = e.label().map(|label| self.label(&label));
        self.break_scopes.push(BreakScope::Loop(label));
        let condition = self.expr(e.condition());
        let body = self.opt_block(e.loop_body(), range);
        self.break_scopes.pop();
        let outer = self.desugaring.replace(Desugaring::WhileLoop);
        let break_ = self.alloc_expr(Expr::Break { label: None, expr: None }, range);
        let else_branch = self.alloc_expr(
            Expr::Block { kind: BlockKind::Plain, label: None, stmts: Box::new([]), tail: Some(break_) },
            range,
        );
        let if_ = self.alloc_expr(Expr::If { condition, then_branch: body, else_branch: Some(else_branch) }, range);
        let loop_ = self.alloc_expr(Expr::Loop { body: if_, label, source: LoopSource::While }, range);
        self.desugaring = outer;
        loop_
    }

    /// `'label: for PAT in ITER BODY` is
    ///
    /// ```text
    /// match IntoIterator::into_iter(ITER) {
    ///     mut iter => 'label: loop {
    ///         match Iterator::next(&mut iter) {
    ///             None => break,
    ///             Some(PAT) => BODY,
    ///         }
    ///     }
    /// }
    /// ```
    fn for_expr(&mut self, e: &ast::ForExpr, range: TextRange) -> ExprId {
        let iterable = self.expr(e.iterable());
        let label = e.label().map(|label| self.label(&label));
        let pat = self.pat(e.pat());
        self.break_scopes.push(BreakScope::Loop(label));
        let body = self.opt_block(e.loop_body(), range);
        self.break_scopes.pop();

        let outer = self.desugaring.replace(Desugaring::ForLoop);
        let into_iter = self.alloc_expr(Expr::LangPath(LangItem::IntoIterIntoIter), range);
        let iter_call = self.alloc_expr(Expr::Call { callee: into_iter, args: Box::new([iterable]) }, range);
        let iter =
            self.alloc_binding(Binding { name: Name::new_static("<iter>"), by_ref: false, mutable: true }, range);
        let iter_pat = self.alloc_pat(Pat::Bind { binding: iter, subpat: None }, range);
        let next = self.alloc_expr(Expr::LangPath(LangItem::IteratorNext), range);
        let iter_path = self.iter_path(range);
        let iter_ref = self.alloc_expr(Expr::Ref { expr: iter_path, mutable: true, raw: false }, range);
        let next_call = self.alloc_expr(Expr::Call { callee: next, args: Box::new([iter_ref]) }, range);
        let none = self.alloc_pat(Pat::LangPath { item: LangItem::OptionNone, args: Box::new([]) }, range);
        let break_ = self.alloc_expr(Expr::Break { label, expr: None }, range);
        let some = self.alloc_pat(Pat::LangPath { item: LangItem::OptionSome, args: Box::new([pat]) }, range);
        let arms = Box::new([
            MatchArm { pat: none, guard: None, expr: break_ },
            MatchArm { pat: some, guard: None, expr: body },
        ]);
        let next_match =
            self.alloc_expr(Expr::Match { scrutinee: next_call, arms, source: MatchSource::ForLoop }, range);
        let loop_ = self.alloc_expr(Expr::Loop { body: next_match, label, source: LoopSource::ForLoop }, range);
        let outer_arm = MatchArm { pat: iter_pat, guard: None, expr: loop_ };
        let match_ = self.alloc_expr(
            Expr::Match { scrutinee: iter_call, arms: Box::new([outer_arm]), source: MatchSource::ForLoop },
            range,
        );
        self.desugaring = outer;
        match_
    }

    /// The path to a desugaring's hidden local, which no written name can reach.
    fn iter_path(&mut self, range: TextRange) -> ExprId {
        let path = self.types.store.paths.alloc(Path {
            anchor: PathAnchor::Plain,
            segments: Box::new([PathSegment { name: Name::new_static("<iter>"), args: None }]),
        });
        self.types.source_map.paths.insert(path, range);
        self.alloc_expr(Expr::Path(path), range)
    }

    /// `EXPR?` is
    ///
    /// ```text
    /// match Try::branch(EXPR) {
    ///     ControlFlow::Continue(val) => val,
    ///     ControlFlow::Break(residual) => return FromResidual::from_residual(residual),
    /// }
    /// ```
    ///
    /// (in a `try` block rustc breaks out of the block instead of returning).
    fn try_expr(&mut self, e: &ast::TryExpr, range: TextRange) -> ExprId {
        let operand = self.expr(e.expr());
        let outer = self.desugaring.replace(Desugaring::QuestionMark);
        let branch = self.alloc_expr(Expr::LangPath(LangItem::TryBranch), range);
        let call = self.alloc_expr(Expr::Call { callee: branch, args: Box::new([operand]) }, range);
        let arm = |ctx: &mut Ctx<'_>, item: LangItem, name: &'static str| {
            let binding =
                ctx.alloc_binding(Binding { name: Name::new_static(name), by_ref: false, mutable: false }, range);
            let bind = ctx.alloc_pat(Pat::Bind { binding, subpat: None }, range);
            let pat = ctx.alloc_pat(Pat::LangPath { item, args: Box::new([bind]) }, range);
            let path = ctx.types.store.paths.alloc(Path {
                anchor: PathAnchor::Plain,
                segments: Box::new([PathSegment { name: Name::new_static(name), args: None }]),
            });
            ctx.types.source_map.paths.insert(path, range);
            let value = ctx.alloc_expr(Expr::Path(path), range);
            (pat, value)
        };
        let (continue_pat, continue_value) = arm(self, LangItem::ControlFlowContinue, "<val>");
        let (break_pat, residual) = arm(self, LangItem::ControlFlowBreak, "<residual>");
        let from_residual = self.alloc_expr(Expr::LangPath(LangItem::FromResidual), range);
        let converted = self.alloc_expr(Expr::Call { callee: from_residual, args: Box::new([residual]) }, range);
        let return_ = self.alloc_expr(Expr::Return(Some(converted)), range);
        let arms = Box::new([
            MatchArm { pat: continue_pat, guard: None, expr: continue_value },
            MatchArm { pat: break_pat, guard: None, expr: return_ },
        ]);
        let match_ = self.alloc_expr(Expr::Match { scrutinee: call, arms, source: MatchSource::Try }, range);
        self.desugaring = outer;
        match_
    }

    /// `builtin # format_args("{a} {}", b, c = d)`: the template, the written arguments, then
    /// one argument per name the template uses that no written argument has (`a`), a path.
    fn format_args(&mut self, e: &ast::FormatArgsExpr, range: TextRange) -> ExprId {
        let template_syntax = e.template();
        let template = self.expr(template_syntax.clone());
        let mut args: Vec<FormatArg> = Vec::new();
        for arg in e.args() {
            let name = arg.name().map(|name| Name::new(name.text().as_str()));
            let expr = self.expr(arg.expr());
            args.push(FormatArg { name, expr });
        }
        if let Some(ast::Expr::Literal(literal)) = &template_syntax
            && let Some(token) = literal.token()
            && matches!(token.kind(), SyntaxKind::STRING | SyntaxKind::RAW_STRING)
        {
            let literal_range = self.range(literal.syntax());
            for name in implicit_format_args(token.text()) {
                if args.iter().any(|arg| arg.name.as_deref() == Some(name.as_str())) {
                    continue;
                }
                let path = self.types.store.paths.alloc(Path {
                    anchor: PathAnchor::Plain,
                    segments: Box::new([PathSegment { name: name.clone(), args: None }]),
                });
                self.types.source_map.paths.insert(path, literal_range);
                // The name is the template's: its context is the literal's.
                let ctx = self.context_at(token.text_range());
                if ctx != SyntaxContext::Root {
                    self.body.hygiene.paths.push((path, ctx));
                }
                let expr = self.alloc_desugared(Expr::Path(path), literal_range, Desugaring::FormatArgs);
                args.push(FormatArg { name: Some(name), expr });
            }
        }
        self.alloc_expr(Expr::FormatArgs { template, args: args.into() }, range)
    }

    // ----- patterns -----

    /// Lowers `pat` (missing syntax is [`Pat::Missing`]).
    fn pat(&mut self, pat: Option<ast::Pat>) -> PatId {
        match pat {
            Some(pat) => stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.pat_inner(&pat)),
            None => self.alloc_pat(Pat::Missing, TextRange::empty(TextSize::new(0))),
        }
    }

    fn pats(&mut self, pats: impl Iterator<Item = ast::Pat>) -> Box<[PatId]> {
        let cfg = self.cfg;
        pats.filter(|pat| is_active(cfg, pat.syntax())).map(|pat| self.pat(Some(pat))).collect()
    }

    fn path_or_missing(&mut self, path: Option<ast::Path>) -> Option<super::PathId> {
        path.map(|path| self.path_id(&path))
    }

    fn pat_inner(&mut self, syntax: &ast::Pat) -> PatId {
        let range = self.range(syntax.syntax());
        let pat = match syntax {
            ast::Pat::ParenPat(p) => {
                return match p.pat() {
                    Some(inner) => self.pat(Some(inner)),
                    None => self.alloc_pat(Pat::Missing, range),
                };
            }
            ast::Pat::IdentPat(p) => {
                let name = name_of(p);
                let binding = Binding { name, by_ref: p.ref_token().is_some(), mutable: p.mut_token().is_some() };
                let binding_range = p.name().map_or(range, |name| self.range(name.syntax()));
                let binding = self.alloc_binding(binding, binding_range);
                if let Some(name) = p.name() {
                    self.record_binding_context(binding, name.syntax().text_range());
                }
                let subpat = p.at_token().map(|_| self.pat(p.pat()));
                Pat::Bind { binding, subpat }
            }
            ast::Pat::WildcardPat(_) => Pat::Wild,
            ast::Pat::RestPat(_) => Pat::Rest,
            ast::Pat::PathPat(p) => match self.path_or_missing(p.path()) {
                Some(path) => Pat::Path(path),
                None => Pat::Missing,
            },
            ast::Pat::TupleStructPat(p) => match self.path_or_missing(p.path()) {
                Some(path) => Pat::TupleStruct { path, args: self.pats(p.fields()) },
                None => Pat::Missing,
            },
            ast::Pat::RecordPat(p) => match self.path_or_missing(p.path()) {
                Some(path) => {
                    let list = p.record_pat_field_list();
                    let cfg = self.cfg;
                    let fields = list
                        .iter()
                        .flat_map(|list| list.fields())
                        .filter(|field| is_active(cfg, field.syntax()))
                        .map(|field| self.record_pat_field(&field))
                        .collect();
                    let has_rest = list.as_ref().is_some_and(|list| list.rest_pat().is_some());
                    Pat::Record { path, fields, has_rest }
                }
                None => Pat::Missing,
            },
            ast::Pat::TuplePat(p) => Pat::Tuple(self.pats(p.fields())),
            ast::Pat::SlicePat(p) => Pat::Slice(self.pats(p.pats())),
            ast::Pat::OrPat(p) => Pat::Or(self.pats(p.pats())),
            ast::Pat::RefPat(p) => Pat::Ref { pat: self.pat(p.pat()), mutable: p.mut_token().is_some() },
            ast::Pat::BoxPat(p) => Pat::Box(self.pat(p.pat())),
            ast::Pat::DerefPat(p) => Pat::Deref(self.pat(p.pat())),
            ast::Pat::LiteralPat(p) => match p.literal().as_ref().and_then(literal) {
                Some(literal) => Pat::Literal { literal, negated: p.minus_token().is_some() },
                None => Pat::Missing,
            },
            ast::Pat::RangePat(p) => {
                let start = p.start().map(|start| self.pat(Some(start)));
                let end = p.end().map(|end| self.pat(Some(end)));
                let inclusive =
                    matches!(p.op_token().map(|token| token.kind()), Some(SyntaxKind::DOT2EQ | SyntaxKind::DOT3));
                Pat::Range { start, end, inclusive }
            }
            ast::Pat::ConstBlockPat(p) => {
                self.break_scopes.push(BreakScope::Barrier);
                let block = match p.block_expr() {
                    Some(block) => self.block(&block, BlockKind::Const),
                    None => self.missing_expr(range),
                };
                self.break_scopes.pop();
                Pat::ConstBlock(block)
            }
            ast::Pat::MacroPat(p) => match p.macro_call() {
                Some(call) if let Some(path) = call.path() => {
                    let path = self.path_id(&path);
                    match self.expansion_of(&call) {
                        Some((expn, _, root)) => {
                            let expansion = root.map(|expansion| {
                                let root = expansion.0.clone();
                                self.in_expansion(expn, &expansion, |ctx| {
                                    let pat = ast::Pat::cast(root.clone())
                                        .or_else(|| root.children().find_map(ast::Pat::cast));
                                    ctx.pat(pat)
                                })
                            });
                            Pat::MacroCall { path, expn, expansion }
                        }
                        None => Pat::Missing,
                    }
                }
                _ => Pat::Missing,
            },
        };
        self.alloc_pat(pat, range)
    }

    fn record_pat_field(&mut self, field: &ast::RecordPatField) -> RecordPatField {
        let pat = self.pat(field.pat());
        match field.name_ref() {
            Some(name) => RecordPatField { name: Name::new(name.text().as_str()), pat, is_shorthand: false },
            None => {
                let name = match &self.body[pat] {
                    Pat::Bind { binding, .. } => self.body[*binding].name.clone(),
                    _ => Name::default(),
                };
                RecordPatField { name, pat, is_shorthand: true }
            }
        }
    }
}

/// Whether `cfg` keeps `node` (a statement, an arm, a field, a parameter, an element): only a
/// node whose first token starts an attribute can be disabled, and only then are its
/// attributes evaluated (`InactiveCode::find` on the node alone).
fn is_active(cfg: &CfgOptions, node: &SyntaxNode) -> bool {
    // rowan's `first_token` recurses; the pre-order walk does not.
    let first = node
        .preorder_with_tokens()
        .filter_map(|event| match event {
            WalkEvent::Enter(sem_syntax::SyntaxElement::Token(token)) => Some(token),
            _ => None,
        })
        .find(|token| !token.kind().is_trivia());
    if first.is_none_or(|token| token.kind() != SyntaxKind::POUND) {
        return true;
    }
    InactiveCode::find(node, cfg).is_active(node.text_range())
}

/// The lowered literal of `literal`; `None` for broken syntax.
fn literal(literal: &ast::Literal) -> Option<Literal> {
    let token = literal.token()?;
    let kind = match literal.kind()? {
        ast::LiteralKind::IntNumber(_) => LiteralKind::Int,
        ast::LiteralKind::FloatNumber(_) => LiteralKind::Float,
        ast::LiteralKind::Char(_) => LiteralKind::Char,
        ast::LiteralKind::Byte(_) => LiteralKind::Byte,
        ast::LiteralKind::String(_) => LiteralKind::String,
        ast::LiteralKind::ByteString(_) => LiteralKind::ByteString,
        ast::LiteralKind::CString(_) => LiteralKind::CString,
        ast::LiteralKind::Bool(_) => LiteralKind::Bool,
    };
    Some(Literal { kind, text: Name::new(token.text()) })
}

fn binary_op(kind: SyntaxKind) -> Option<BinaryOp> {
    use SyntaxKind::*;
    Some(match kind {
        PIPE2 => BinaryOp::Logic(LogicOp::Or),
        AMP2 => BinaryOp::Logic(LogicOp::And),
        EQ2 => BinaryOp::Cmp(CmpOp::Eq),
        NEQ => BinaryOp::Cmp(CmpOp::Ne),
        LTEQ => BinaryOp::Cmp(CmpOp::Le),
        GTEQ => BinaryOp::Cmp(CmpOp::Ge),
        L_ANGLE => BinaryOp::Cmp(CmpOp::Lt),
        R_ANGLE => BinaryOp::Cmp(CmpOp::Gt),
        PLUS => BinaryOp::Arith(ArithOp::Add),
        MINUS => BinaryOp::Arith(ArithOp::Sub),
        STAR => BinaryOp::Arith(ArithOp::Mul),
        SLASH => BinaryOp::Arith(ArithOp::Div),
        PERCENT => BinaryOp::Arith(ArithOp::Rem),
        SHL => BinaryOp::Arith(ArithOp::Shl),
        SHR => BinaryOp::Arith(ArithOp::Shr),
        CARET => BinaryOp::Arith(ArithOp::BitXor),
        PIPE => BinaryOp::Arith(ArithOp::BitOr),
        AMP => BinaryOp::Arith(ArithOp::BitAnd),
        EQ => BinaryOp::Assign,
        PLUSEQ => BinaryOp::AssignOp(ArithOp::Add),
        MINUSEQ => BinaryOp::AssignOp(ArithOp::Sub),
        STAREQ => BinaryOp::AssignOp(ArithOp::Mul),
        SLASHEQ => BinaryOp::AssignOp(ArithOp::Div),
        PERCENTEQ => BinaryOp::AssignOp(ArithOp::Rem),
        SHLEQ => BinaryOp::AssignOp(ArithOp::Shl),
        SHREQ => BinaryOp::AssignOp(ArithOp::Shr),
        CARETEQ => BinaryOp::AssignOp(ArithOp::BitXor),
        PIPEEQ => BinaryOp::AssignOp(ArithOp::BitOr),
        AMPEQ => BinaryOp::AssignOp(ArithOp::BitAnd),
        _ => return None,
    })
}

/// The kind and name of an item in a block.
fn block_item(item: &ast::Item) -> (BlockItemKind, Option<Name>) {
    let named = |node: &dyn HasNameDyn| node.name_text();
    match item {
        ast::Item::Fn(it) => (BlockItemKind::Fn, named(it)),
        ast::Item::Struct(it) => (BlockItemKind::Struct, named(it)),
        ast::Item::Enum(it) => (BlockItemKind::Enum, named(it)),
        ast::Item::Union(it) => (BlockItemKind::Union, named(it)),
        ast::Item::Trait(it) => (BlockItemKind::Trait, named(it)),
        ast::Item::TraitAlias(it) => (BlockItemKind::Trait, named(it)),
        ast::Item::Impl(_) => (BlockItemKind::Impl, None),
        ast::Item::TypeAlias(it) => (BlockItemKind::TypeAlias, named(it)),
        ast::Item::Const(it) => (BlockItemKind::Const, named(it)),
        ast::Item::Static(it) => (BlockItemKind::Static, named(it)),
        ast::Item::Use(_) => (BlockItemKind::Use, None),
        ast::Item::ExternCrate(_) => (BlockItemKind::ExternCrate, None),
        ast::Item::ExternBlock(_) => (BlockItemKind::ExternBlock, None),
        ast::Item::Module(it) => (BlockItemKind::Module, named(it)),
        ast::Item::MacroRules(it) => (BlockItemKind::MacroRules, named(it)),
        ast::Item::MacroDef(it) => (BlockItemKind::MacroDef, named(it)),
        ast::Item::MacroCall(_) => (BlockItemKind::MacroCall, None),
        ast::Item::AsmExpr(_) => (BlockItemKind::Other, None),
    }
}

/// [`HasName`] as an object, for [`block_item`].
trait HasNameDyn {
    fn name_text(&self) -> Option<Name>;
}

impl<T: HasName> HasNameDyn for T {
    fn name_text(&self) -> Option<Name> {
        self.name().map(|name| Name::new(name.text().as_str()))
    }
}

/// The names a format string uses that are no positions: `{x}`, `{x:?}`, `{:w$}`, `{:.p$}`
/// (each once, in order of first use); `{{` is an escaped brace.
fn implicit_format_args(literal: &str) -> Vec<Name> {
    // The contents between the quotes, raw or not.
    let contents = literal.trim_start_matches('r').trim_start_matches('#');
    let contents = contents.strip_prefix('"').unwrap_or(contents);
    let contents = contents.trim_end_matches('#');
    let contents = contents.strip_suffix('"').unwrap_or(contents);
    let mut names: Vec<Name> = Vec::new();
    let mut push = |name: &str| {
        let name = name.trim();
        let is_identifier = name.chars().next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && name.chars().all(|c| c == '_' || c.is_alphanumeric());
        if is_identifier && name != "_" && !names.iter().any(|it| it == name) {
            names.push(Name::new(name));
        }
    };
    let mut rest = contents;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if let Some(after) = rest.strip_prefix('{') {
            rest = after;
            continue;
        }
        let Some(close) = rest.find('}') else { break };
        let placeholder = &rest[..close];
        rest = &rest[close + 1..];
        let (argument, spec) = placeholder.split_once(':').unwrap_or((placeholder, ""));
        push(argument);
        // `name$` in the width or the precision.
        for piece in spec.split(['.', '<', '>', '^', '+', '-', '#']) {
            if let Some(name) = piece.strip_suffix('$') {
                // A leading `0` is the zero-padding flag.
                push(name.trim_start_matches('0'));
            }
        }
    }
    names
}

#[cfg(test)]
mod format_tests {
    use super::implicit_format_args;

    #[test]
    fn implicit_arguments_of_format_strings() {
        let names = |text: &str| implicit_format_args(text).iter().map(|name| name.to_string()).collect::<Vec<_>>();
        assert_eq!(
            names(r#""{a} {} {0} {b:?} {a} {{c}} {:w$} {:.p$} {:>width$.prec$}""#),
            ["a", "b", "w", "p", "width", "prec"]
        );
        assert_eq!(names(r##"r#"{x}"#"##), ["x"]);
        assert!(names(r#""{} {:?} {0:#x} {_}""#).is_empty());
    }
}
