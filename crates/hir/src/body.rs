//! Owners' bodies: the expressions, statements, patterns, bindings and labels of a function's
//! body, a constant's or static's initializer, an enum's discriminants and a struct's field
//! defaults, lowered from the syntax into arenas per owner ([`Body`]), apart from where each
//! node came from ([`BodySourceMap`]).
//!
//! Desugarings are lowered as rustc lowers them, and each node they make says so in the source
//! map ([`Desugaring`]) with the range of the syntax that made it: `for` loops (a `match` on
//! `IntoIterator::into_iter` around a `loop` that matches `Iterator::next`), `?` (a `match` on
//! `Try::branch` that returns `FromResidual::from_residual`), `while` and `while let` (a `loop`
//! around an `if` that breaks), `async fn` bodies (an `async move` block) and the implicit
//! arguments of format strings (`{x}` is the path `x`). `.await`, `let`-`else` and `async`
//! blocks stay nodes of their own, as rustc's HIR keeps `let`-`else` and as the type layer
//! reads `.await`.
//!
//! Code the crate's cfg disables (`#[cfg]` on a statement, an arm, a field, an argument) is not
//! lowered. Labels of `break` and `continue` are resolved while lowering (the innermost label of
//! that name); a label that is not in scope is a diagnostic.
//!
//! Macro calls in expressions, statements and patterns are expanded while lowering (each is an
//! [`ExpnId`] of `sem_db`, expanded with spans) and their expansions lowered into the same
//! arenas: [`Expr::MacroCall`] and [`Pat::MacroCall`] hold what the call expanded to, and a call
//! that is a statement ([`Stmt::MacroCall`]) has its statements spliced into its block. Where a
//! node of an expansion came from is a range of the source map's *virtual text*: the item's
//! text, followed by the text of each expansion in the order they were lowered
//! ([`BodySourceMap::expansions`], [`BodySourceMap::origin`]).
//!
//! Hygiene: the bindings, labels and one-segment paths an expansion wrote keep their syntax
//! context ([`BodyHygiene`]); a label is resolved among those of the same context, and
//! `body_resolutions` does the same for locals.
//!
//! Not yet: macro calls in types stay unexpanded, and items in blocks are statements with their
//! kind, name and imports only ([`Stmt::Item`]).

mod display;
mod lower;
#[cfg(test)]
mod tests;
pub mod walk;

use std::sync::Arc;

use la_arena::{Arena, ArenaMap, Idx};
use sem_db::{expand::ExpnId, spans::SyntaxContext};
use sem_syntax::TextRange;
use smol_str::SmolStr;

use crate::{
    Db, OwnerId, item_ast, item_green_node,
    signature::{GenericArgs, Name, PathId, SignatureSourceMap, TypeRefId, TypeStore},
};

pub use self::display::dump_body;
pub use crate::expander::{MAX_BODY_EXPANSION_TEXT, MAX_BODY_EXPANSIONS};

/// An expression of a body.
pub type ExprId = Idx<Expr>;
/// A pattern of a body.
pub type PatId = Idx<Pat>;
/// A local variable of a body: what a binding pattern introduces.
pub type BindingId = Idx<Binding>;
/// A label of a loop or a block.
pub type LabelId = Idx<Label>;

/// The lowered bodies of one owner: one arena per kind of node for all of them, so that every
/// node of an owner has a dense index, given in a fixed order (the order of the syntax, the
/// nodes a desugaring makes in a fixed order of their own), and an edit inside one owner
/// changes no index of another.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Body {
    pub exprs: Arena<Expr>,
    pub pats: Arena<Pat>,
    pub bindings: Arena<Binding>,
    pub labels: Arena<Label>,
    /// The types and paths written in the bodies (casts, `let` types, closure parameters,
    /// turbofish arguments, and the paths of expressions and patterns).
    pub types: TypeStore,
    /// The bodies, in the order of the syntax.
    pub roots: Vec<BodyRoot>,
    /// The hygiene of the names macros wrote.
    pub hygiene: BodyHygiene,
}

/// The syntax contexts of the bindings, labels and one-segment paths a macro expansion wrote
/// (`sem_db::spans::SyntaxContext`): a local variable or a label is seen by a name of the same
/// text and the same context only, so what a `macro_rules!` writes is invisible to the call
/// site and the other way round. Names written in the item itself, the root context, are not
/// listed. Each list is sorted by id (lowering allocates in order).
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct BodyHygiene {
    pub bindings: Vec<(BindingId, SyntaxContext)>,
    pub labels: Vec<(LabelId, SyntaxContext)>,
    pub paths: Vec<(PathId, SyntaxContext)>,
}

impl BodyHygiene {
    /// The context of binding `id`.
    pub fn binding(&self, id: BindingId) -> SyntaxContext {
        find_context(&self.bindings, id)
    }

    /// The context of label `id`.
    pub fn label(&self, id: LabelId) -> SyntaxContext {
        find_context(&self.labels, id)
    }

    /// The context of the first segment of path `id`.
    pub fn path(&self, id: PathId) -> SyntaxContext {
        find_context(&self.paths, id)
    }

    fn shrink_to_fit(&mut self) {
        self.bindings.shrink_to_fit();
        self.labels.shrink_to_fit();
        self.paths.shrink_to_fit();
    }
}

fn find_context<T>(list: &[(Idx<T>, SyntaxContext)], id: Idx<T>) -> SyntaxContext {
    let key = id.into_raw().into_u32();
    match list.binary_search_by_key(&key, |(it, _)| it.into_raw().into_u32()) {
        Ok(index) => list[index].1,
        Err(_) => SyntaxContext::Root,
    }
}

impl Body {
    /// Frees the arenas' growth slack.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.exprs.shrink_to_fit();
        self.pats.shrink_to_fit();
        self.bindings.shrink_to_fit();
        self.labels.shrink_to_fit();
        self.types.shrink_to_fit();
        self.roots.shrink_to_fit();
        self.hygiene.shrink_to_fit();
    }
}

impl BodySourceMap {
    /// Frees the maps' growth slack.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.exprs.shrink_to_fit();
        self.pats.shrink_to_fit();
        self.bindings.shrink_to_fit();
        self.labels.shrink_to_fit();
        self.types.shrink_to_fit();
        self.diagnostics.shrink_to_fit();
    }
}

impl std::ops::Index<ExprId> for Body {
    type Output = Expr;
    fn index(&self, id: ExprId) -> &Expr {
        &self.exprs[id]
    }
}

impl std::ops::Index<PatId> for Body {
    type Output = Pat;
    fn index(&self, id: PatId) -> &Pat {
        &self.pats[id]
    }
}

impl std::ops::Index<BindingId> for Body {
    type Output = Binding;
    fn index(&self, id: BindingId) -> &Binding {
        &self.bindings[id]
    }
}

impl std::ops::Index<LabelId> for Body {
    type Output = Label;
    fn index(&self, id: LabelId) -> &Label {
        &self.labels[id]
    }
}

/// One body of an owner: its kind, its parameters and its value.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BodyRoot {
    pub kind: BodyKind,
    /// The binding of a method's `self`.
    pub self_param: Option<BindingId>,
    /// The patterns of a function's parameters, in order.
    pub params: Vec<PatId>,
    pub value: ExprId,
}

/// Whose value a body is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BodyKind {
    /// A function's body.
    Fn,
    /// A constant's value.
    Const,
    /// A static's value.
    Static,
    /// The discriminant of the `n`-th variant of an enum.
    Discriminant(u32),
    /// The default value of the `n`-th field of a struct, or of a variant's field:
    /// `struct S { x: u8 = 1 }`.
    FieldDefault { variant: Option<u32>, field: u32 },
}

/// A literal as written, with its kind.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Literal {
    pub kind: LiteralKind,
    pub text: SmolStr,
}

/// What kind of literal.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum LiteralKind {
    Int,
    Float,
    Char,
    Byte,
    String,
    ByteString,
    CString,
    Bool,
}

/// The items of the language a desugaring names, as rustc's lang items.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum LangItem {
    /// `IntoIterator::into_iter`.
    IntoIterIntoIter,
    /// `Iterator::next`.
    IteratorNext,
    /// `Option::Some`.
    OptionSome,
    /// `Option::None`.
    OptionNone,
    /// `Try::branch`.
    TryBranch,
    /// `ControlFlow::Continue`.
    ControlFlowContinue,
    /// `ControlFlow::Break`.
    ControlFlowBreak,
    /// `FromResidual::from_residual`.
    FromResidual,
}

impl LangItem {
    /// The path it is known by.
    pub fn path(self) -> &'static str {
        match self {
            LangItem::IntoIterIntoIter => "IntoIterator::into_iter",
            LangItem::IteratorNext => "Iterator::next",
            LangItem::OptionSome => "Option::Some",
            LangItem::OptionNone => "Option::None",
            LangItem::TryBranch => "Try::branch",
            LangItem::ControlFlowContinue => "ControlFlow::Continue",
            LangItem::ControlFlowBreak => "ControlFlow::Break",
            LangItem::FromResidual => "FromResidual::from_residual",
        }
    }
}

/// A unary operator.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum UnaryOp {
    /// `*x`.
    Deref,
    /// `!x`.
    Not,
    /// `-x`.
    Neg,
}

/// A binary operator, assignments included.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BinaryOp {
    /// `&&`, `||`.
    Logic(LogicOp),
    /// `+`, `<<`, `&`…
    Arith(ArithOp),
    /// `==`, `<`…
    Cmp(CmpOp),
    /// `=`.
    Assign,
    /// `+=`, `<<=`…
    AssignOp(ArithOp),
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum LogicOp {
    And,
    Or,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    BitXor,
    BitOr,
    BitAnd,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// What a block is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BlockKind {
    Plain,
    Unsafe,
    /// `async {}`, `async move {}` (and an `async fn`'s body, a desugaring).
    Async {
        is_move: bool,
        is_gen: bool,
    },
    /// `gen {}`.
    Gen {
        is_move: bool,
    },
    /// `const {}`.
    Const,
    /// `try {}`.
    Try,
}

/// What a `loop` was written as.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum LoopSource {
    /// `loop {}`.
    Loop,
    /// A `while` or `while let` loop.
    While,
    /// A `for` loop.
    ForLoop,
}

/// What a `match` was written as, as rustc's `MatchSource`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum MatchSource {
    /// `match x {}`.
    Normal,
    /// One of the two matches of a `for` loop.
    ForLoop,
    /// The match of `?`.
    Try,
}

/// What made a node that was not written as itself: the syntax it desugars, whose range the
/// source map keeps.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Desugaring {
    ForLoop,
    QuestionMark,
    WhileLoop,
    AsyncFn,
    /// An argument a format string names (`{x}`, `{:w$}`).
    FormatArgs,
}

/// An expression.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Expr {
    /// Missing or broken syntax.
    Missing,
    /// `x`, `Vec::<u8>::new`, `<T as Trait>::CONST`.
    Path(PathId),
    /// A path a desugaring names.
    LangPath(LangItem),
    Literal(Literal),
    Block {
        kind: BlockKind,
        label: Option<LabelId>,
        stmts: Box<[Stmt]>,
        tail: Option<ExprId>,
    },
    If {
        condition: ExprId,
        then_branch: ExprId,
        else_branch: Option<ExprId>,
    },
    /// `let PAT = EXPR` in a condition.
    Let {
        pat: PatId,
        expr: ExprId,
    },
    Loop {
        body: ExprId,
        label: Option<LabelId>,
        source: LoopSource,
    },
    Match {
        scrutinee: ExprId,
        arms: Box<[MatchArm]>,
        source: MatchSource,
    },
    Call {
        callee: ExprId,
        args: Box<[ExprId]>,
    },
    MethodCall {
        receiver: ExprId,
        method: Name,
        generic_args: Option<Box<GenericArgs>>,
        args: Box<[ExprId]>,
    },
    Field {
        expr: ExprId,
        name: Name,
    },
    Index {
        base: ExprId,
        index: ExprId,
    },
    Await {
        expr: ExprId,
    },
    Cast {
        expr: ExprId,
        ty: TypeRefId,
    },
    /// `&x`, `&mut x`, `&raw const x`.
    Ref {
        expr: ExprId,
        mutable: bool,
        raw: bool,
    },
    Unary {
        op: UnaryOp,
        expr: ExprId,
    },
    Binary {
        op: BinaryOp,
        lhs: ExprId,
        rhs: ExprId,
    },
    Range {
        start: Option<ExprId>,
        end: Option<ExprId>,
        inclusive: bool,
    },
    Tuple(Box<[ExprId]>),
    Array(Box<[ExprId]>),
    /// `[x; N]`.
    Repeat {
        value: ExprId,
        count: ExprId,
    },
    /// `S { a: 1, ..base }`; `spread` is `Some(None)` for a bare `..`.
    Record {
        path: PathId,
        fields: Box<[RecordField]>,
        spread: Option<Option<ExprId>>,
    },
    Closure(Box<Closure>),
    Return(Option<ExprId>),
    /// `break 'a x`: `label` is the loop or block it leaves, resolved while lowering (`None`
    /// when unlabelled, or when the label is not in scope, a diagnostic).
    Break {
        label: Option<LabelId>,
        expr: Option<ExprId>,
    },
    Continue {
        label: Option<LabelId>,
    },
    Become(ExprId),
    Yield(Option<ExprId>),
    /// `do yeet x`.
    Yeet(Option<ExprId>),
    /// `_` on the left of a destructuring assignment.
    Underscore,
    /// A macro call in expression position: its path, its expansion's key, and the expression
    /// it expanded to (`None` when it could not be expanded: the reason is the expansion's
    /// error, `sem_db::spans::expansion_with_spans`).
    MacroCall {
        path: PathId,
        expn: ExpnId,
        expansion: Option<ExprId>,
    },
    /// `builtin # format_args(template, args)`: the template, then the arguments, written
    /// ones first, then those the template names (a desugaring).
    FormatArgs {
        template: ExprId,
        args: Box<[FormatArg]>,
    },
    /// `builtin # asm(..)`: the expressions of its operands.
    Asm(Box<[ExprId]>),
    /// `builtin # offset_of(Type, a.b)`.
    OffsetOf {
        ty: TypeRefId,
        fields: Box<[Name]>,
    },
    /// `builtin # type_ascribe(x, Type)`.
    TypeAscription {
        expr: ExprId,
        ty: TypeRefId,
    },
    /// `builtin # include_bytes`.
    IncludeBytes,
}

/// A statement.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Stmt {
    /// `let PAT: TYPE = INIT else { ELSE };` (`super let` too).
    Let { pat: PatId, ty: Option<TypeRefId>, initializer: Option<ExprId>, else_branch: Option<ExprId>, is_super: bool },
    /// An expression statement.
    Expr { expr: ExprId, has_semicolon: bool },
    /// An item in the block: its kind and name, and for a `use` its imports (items in blocks
    /// are not owners yet).
    Item {
        kind: BlockItemKind,
        name: Option<Name>,
        imports: Box<[sem_db::syntax::UseImport]>,
        /// The crate `$crate` names in the imports, when a macro wrote the item (`None`: the
        /// owner's).
        dollar_crate: Option<sem_db::CrateInput>,
    },
    /// A macro call that is a statement of its block (or its tail, when it expanded to
    /// statements): the `stmts` statements after it in the block are its expansion's, spliced
    /// into the block as rustc splices them (a `let` it writes is in scope after it), the
    /// calls among them included with theirs; its trailing expression, for a tail, is the
    /// block's tail. `expanded` is false when it could not be expanded.
    MacroCall { path: PathId, expn: ExpnId, expanded: bool, stmts: u32 },
}

/// What kind of item a block holds.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BlockItemKind {
    Fn,
    Struct,
    Enum,
    Union,
    Trait,
    Impl,
    TypeAlias,
    Const,
    Static,
    Use,
    ExternCrate,
    ExternBlock,
    Module,
    MacroRules,
    MacroDef,
    /// A macro call in item position (`foo! { .. }` written as an item).
    MacroCall,
    Other,
}

/// An arm of a `match`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct MatchArm {
    pub pat: PatId,
    pub guard: Option<ExprId>,
    pub expr: ExprId,
}

/// A field of a struct expression.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RecordField {
    pub name: Name,
    pub expr: ExprId,
    /// `S { x }`: the value is the path `x`.
    pub is_shorthand: bool,
}

/// An argument of `format_args`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FormatArg {
    /// `name = value`.
    pub name: Option<Name>,
    pub expr: ExprId,
}

/// A closure.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Closure {
    pub params: Box<[PatId]>,
    /// Each parameter's type, when written.
    pub param_types: Box<[Option<TypeRefId>]>,
    pub ret: Option<TypeRefId>,
    pub body: ExprId,
    pub is_move: bool,
    pub is_async: bool,
    pub is_const: bool,
    pub is_static: bool,
    pub is_gen: bool,
    pub for_lifetimes: Vec<Name>,
}

/// A pattern.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Pat {
    /// Missing or broken syntax.
    Missing,
    /// `_`.
    Wild,
    /// `..` in a tuple or slice pattern.
    Rest,
    /// `x`, `ref mut x`, `x @ Some(_)`. A lone identifier may turn out to name a unit struct,
    /// a unit variant or a constant instead (`None`): resolution tells.
    Bind {
        binding: BindingId,
        subpat: Option<PatId>,
    },
    /// `Foo::Bar`, `<T>::CONST`.
    Path(PathId),
    /// A path a desugaring names, with its fields: `Some(x)`, `None`.
    LangPath {
        item: LangItem,
        args: Box<[PatId]>,
    },
    /// `Foo(a, b)`.
    TupleStruct {
        path: PathId,
        args: Box<[PatId]>,
    },
    /// `Foo { a, b: c, .. }`.
    Record {
        path: PathId,
        fields: Box<[RecordPatField]>,
        has_rest: bool,
    },
    Tuple(Box<[PatId]>),
    Slice(Box<[PatId]>),
    Or(Box<[PatId]>),
    /// `&x`, `&mut x`.
    Ref {
        pat: PatId,
        mutable: bool,
    },
    /// `box x`.
    Box(PatId),
    /// `deref!(x)`.
    Deref(PatId),
    /// A literal, possibly negated: `-1`.
    Literal {
        literal: Literal,
        negated: bool,
    },
    /// `a..=b`, `a..`, `..=b`: each end a literal or a path pattern.
    Range {
        start: Option<PatId>,
        end: Option<PatId>,
        inclusive: bool,
    },
    /// `const { .. }`.
    ConstBlock(ExprId),
    /// A macro call in pattern position: its path, its expansion's key and the pattern it
    /// expanded to (`None` when it could not be expanded).
    MacroCall {
        path: PathId,
        expn: ExpnId,
        expansion: Option<PatId>,
    },
}

/// A field of a struct pattern.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RecordPatField {
    pub name: Name,
    pub pat: PatId,
    /// `Foo { x }`: the pattern is the binding `x`.
    pub is_shorthand: bool,
}

/// A local variable.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Binding {
    pub name: Name,
    pub by_ref: bool,
    pub mutable: bool,
}

/// A label.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Label {
    /// With its `'`.
    pub name: Name,
}

/// Where a node came from: the range of the syntax that made it in the source map's virtual
/// text (relative to the start of the owner's item, or in an expansion's text after it: see
/// [`BodySourceMap::origin`]), and the desugaring that made it when it was not written as
/// itself.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct NodeSource {
    pub range: TextRange,
    pub desugaring: Option<Desugaring>,
}

/// Where each node of a [`Body`] came from, and what lowering found wrong.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct BodySourceMap {
    pub exprs: ArenaMap<ExprId, NodeSource>,
    pub pats: ArenaMap<PatId, NodeSource>,
    pub bindings: ArenaMap<BindingId, TextRange>,
    pub labels: ArenaMap<LabelId, TextRange>,
    /// The ranges of the body's types and paths.
    pub types: SignatureSourceMap,
    pub diagnostics: Vec<BodyDiagnostic>,
}

impl BodySourceMap {
    /// Where a range of the virtual text is: in the text of the expansion that holds it (with
    /// the range in that expansion's text), or in the item's (`None`, the range unchanged).
    /// The expansions lowered into the body are `types.expansions`.
    pub fn origin(&self, range: TextRange) -> (Option<ExpnId>, TextRange) {
        self.types.origin(range)
    }
}

/// A problem lowering found in a body.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BodyDiagnostic {
    /// Where, relative to the start of the owner's item.
    pub range: TextRange,
    pub kind: BodyDiagnosticKind,
}

/// What is wrong.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum BodyDiagnosticKind {
    /// `break 'a` or `continue 'a` where no label `'a` is in scope (rustc's E0426).
    UndeclaredLabel { name: Name },
    /// `break` or `continue` outside of a loop or labelled block (rustc's E0268).
    OutsideOfLoop { keyword: &'static str },
    /// The owner's macro calls lead to more than `limit` expansions (or more text than
    /// `lower::MAX_BODY_EXPANSION_TEXT`): the calls from here on are not expanded.
    TooManyExpansions { limit: usize },
}

impl BodyDiagnosticKind {
    /// rustc's code for it.
    pub fn code(&self) -> &'static str {
        match self {
            BodyDiagnosticKind::UndeclaredLabel { .. } => "E0426",
            BodyDiagnosticKind::OutsideOfLoop { .. } => "E0268",
            BodyDiagnosticKind::TooManyExpansions { .. } => "body-expansion-limit",
        }
    }

    /// The message.
    pub fn message(&self) -> String {
        match self {
            BodyDiagnosticKind::UndeclaredLabel { name } => format!("use of undeclared label `{name}`"),
            BodyDiagnosticKind::OutsideOfLoop { keyword } => format!("`{keyword}` outside of a loop"),
            BodyDiagnosticKind::TooManyExpansions { limit } => {
                format!("this body's macro calls lead to more than {limit} expansions: the rest are not expanded")
            }
        }
    }
}

/// `owner`'s bodies lowered from its syntax, cfg applied, with where each node came from;
/// `None` when the owner has no syntax any more (an owner without bodies, a struct without
/// field defaults, has an empty [`Body`]).
///
/// Reads the item's own tree ([`item_green_node`]) and its crate's cfg, so it re-runs only
/// when the item's text (or the cfg) changed. `no_eq`: the source map moves with every edit
/// inside the item, so comparing would rarely spare anyone; readers of the nodes alone read
/// the compared projection [`body`].
///
/// `lru = 2048`: source maps are read for the owners at hand (to map nodes back to the text);
/// holding every owner's would hold every one twice. An evicted one is lowered again when asked
/// for, and [`body`], compared, spares its readers.
#[salsa::tracked(returns(clone), no_eq, lru = 2048)]
pub fn body_with_source_map(db: &dyn Db, owner: OwnerId) -> Option<(Arc<Body>, Arc<BodySourceMap>)> {
    let ast = item_ast(db, owner)?;
    let kind = ast.kind;
    let node = item_green_node(db, owner)?.syntax_node();
    let cfg = &owner.krate(db).data(db).cfg;
    let (body, source_map) = lower::lower_body(db, ast, &node, kind, cfg);
    Some((Arc::new(body), Arc::new(source_map)))
}

/// `owner`'s bodies: [`body_with_source_map`] without the source map.
///
/// Compared: an edit that moves the text of a body without changing what it says (a comment,
/// white space, a rename elsewhere in the item's signature) gives an equal body, and nothing
/// that reads it re-runs.
#[salsa::tracked(returns(clone))]
pub fn body(db: &dyn Db, owner: OwnerId) -> Option<Arc<Body>> {
    body_with_source_map(db, owner).map(|(body, _)| body)
}
