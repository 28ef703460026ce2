//! Owners' signatures as written: generic parameters, where clauses, parameters and return
//! types, fields and variants, supertraits, impl headers, the types of constants, statics and
//! type aliases. Types and paths are kept as written, in an arena per owner ([`TypeStore`]),
//! apart from where each came from ([`SignatureSourceMap`]), so that an edit that moves the
//! text of a signature without changing it leaves the signature equal.
//!
//! A macro call in type position is expanded while lowering ([`TypeRef::Macro`] holds the type
//! it expanded to), its types and paths in the same store, their ranges in the source map's
//! virtual text ([`SignatureSourceMap::origin`]).
//!
//! What is not lowered yet, and says so: const arguments and array lengths are kept as their
//! text ([`ConstArg`]), and cfg inside a signature (on a field, a variant, a parameter) is not
//! applied yet.

mod display;
pub(crate) mod lower;
#[cfg(test)]
mod tests;

use std::sync::Arc;

use la_arena::{Arena, ArenaMap, Idx};
use sem_syntax::TextRange;
use smol_str::SmolStr;

use crate::{Db, OwnerId, item_ast, item_green_node};

pub use self::display::{dump_signature, render_generic_args, render_path, render_type, render_value_path};

/// A name as written (`r#fn` keeps its `r#`).
pub type Name = SmolStr;

/// A type of a signature, in its [`TypeStore`].
pub type TypeRefId = Idx<TypeRef>;

/// A path of a signature (of a type, a bound or a qualified path's trait), in its
/// [`TypeStore`]: what resolutions are keyed by.
pub type PathId = Idx<Path>;

/// The types and paths of one owner's signature.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct TypeStore {
    pub types: Arena<TypeRef>,
    pub paths: Arena<Path>,
}

impl TypeStore {
    /// Frees the arenas' growth slack.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.types.shrink_to_fit();
        self.paths.shrink_to_fit();
    }
}

impl SignatureSourceMap {
    /// Frees the maps' growth slack.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.types.shrink_to_fit();
        self.paths.shrink_to_fit();
        self.expansions.shrink_to_fit();
    }

    /// Where a range of the virtual text is: in the text of the expansion that holds it (with
    /// the range in that expansion's text), or in the item's (`None`, the range unchanged).
    pub fn origin(&self, range: TextRange) -> (Option<sem_db::expand::ExpnId>, TextRange) {
        let after = self.expansions.partition_point(|(region, _)| region.start() <= range.start());
        match after.checked_sub(1).map(|index| self.expansions[index]) {
            Some((region, expn)) if region.contains_range(range) => (Some(expn), range - region.start()),
            _ => (None, range),
        }
    }
}

impl std::ops::Index<PathId> for TypeStore {
    type Output = Path;
    fn index(&self, id: PathId) -> &Path {
        &self.paths[id]
    }
}

impl std::ops::Index<TypeRefId> for TypeStore {
    type Output = TypeRef;
    fn index(&self, id: TypeRefId) -> &TypeRef {
        &self.types[id]
    }
}

/// A type as written.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum TypeRef {
    /// `Vec<T>`, `Self`, `<T as Iterator>::Item`, `u8`.
    Path(PathId),
    /// `(A, B)`; `()` is the empty tuple.
    Tuple(Vec<TypeRefId>),
    /// `&'a mut T`.
    Reference { lifetime: Option<Name>, mutable: bool, inner: TypeRefId },
    /// `*const T`, `*mut T`.
    RawPointer { mutable: bool, inner: TypeRefId },
    /// `[T]`.
    Slice(TypeRefId),
    /// `[T; N]`.
    Array { element: TypeRefId, length: ConstArg },
    /// `unsafe extern "C" fn(u8, ...) -> u8`.
    FnPointer(Box<FnPointer>),
    /// `dyn Trait + 'a`.
    DynTrait(Vec<TypeBound>),
    /// `impl Trait + 'a`.
    ImplTrait(Vec<TypeBound>),
    /// `for<'a> fn(&'a u8)`: the binder and the type under it.
    ForLifetimes { lifetimes: Vec<Name>, inner: TypeRefId },
    /// `!`.
    Never,
    /// `_`.
    Infer,
    /// A macro call in type position: its path, its expansion's key, and the type it expanded
    /// to (`None` when it could not be expanded).
    Macro { path: PathId, expn: sem_db::expand::ExpnId, expansion: Option<TypeRefId> },
    /// `pattern_type!(T is PAT)` / `builtin # pattern_type(..)`: the type, the pattern as text.
    Pattern { inner: TypeRefId, pattern: SmolStr },
    /// Missing or broken syntax.
    Error,
}

/// A function pointer type.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FnPointer {
    pub params: Vec<(Option<Name>, TypeRefId)>,
    /// `None` for `()`.
    pub ret: Option<TypeRefId>,
    pub is_unsafe: bool,
    /// The ABI string of `extern "C"` (`Some("")` for a bare `extern`).
    pub abi: Option<SmolStr>,
    pub is_variadic: bool,
}

/// A const argument or an array length, as its text until bodies are lowered.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ConstArg {
    pub text: SmolStr,
}

/// A path as written: where it starts, then its segments with their generic arguments.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Path {
    pub anchor: PathAnchor,
    pub segments: Box<[PathSegment]>,
}

/// Where a path starts.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum PathAnchor {
    /// A plain path: `a::b`, `Self::Item`, `T`.
    Plain,
    /// `::a::b`.
    Global,
    /// `crate::a`.
    Crate,
    /// `$crate::a` (from a macro expansion), with the crate it names when lowering knew it
    /// (in a body, the crate of the macro whose expansion holds the path); `None`: the crate of
    /// the macro whose expansion made the owner.
    DollarCrate(Option<sem_db::CrateInput>),
    /// `self::a`.
    SelfModule,
    /// `super::a` (`super::super::a` is 2).
    Super(u32),
    /// `<T>::a` or `<T as Trait>::a`.
    Qualified { self_type: TypeRefId, trait_: Option<PathId> },
}

/// One segment of a path.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PathSegment {
    pub name: Name,
    /// Boxed: most segments have none, and paths are the most numerous nodes of bodies.
    pub args: Option<Box<GenericArgs>>,
}

/// The generic arguments of a segment: `<A, 'a, N, Item = B>`, or the parenthesized sugar
/// `(A, B) -> C` of the `Fn` traits.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct GenericArgs {
    pub args: Vec<GenericArg>,
    /// `Some` for `Fn(A) -> C`: the arguments are the inputs, this the output (`None` for `()`).
    pub parenthesized: Option<Option<TypeRefId>>,
}

/// One generic argument.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum GenericArg {
    Type(TypeRefId),
    Lifetime(Name),
    Const(ConstArg),
    /// `Item = T`, `Item: Bound`, `Assoc<'a> = T`.
    Binding {
        name: Name,
        args: Option<GenericArgs>,
        ty: Option<TypeRefId>,
        bounds: Vec<TypeBound>,
    },
}

/// A bound: `?Sized`, `for<'a> Fn(&'a u8)`, `'static`, `use<'a, T>`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum TypeBound {
    Trait {
        path: PathId,
        modifier: BoundModifier,
        for_lifetimes: Vec<Name>,
    },
    Lifetime(Name),
    /// Precise capturing: `use<'a, T>`.
    Use(Vec<Name>),
    Error,
}

/// What a trait bound says beyond its trait.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BoundModifier {
    None,
    /// `?Trait`.
    Maybe,
    /// `!Trait`.
    Negative,
    /// `~const Trait` or `[const] Trait`.
    MaybeConst,
    /// `const Trait`.
    Const,
    /// `async Trait`.
    Async,
}

/// Generic parameters and where clauses.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Generics {
    pub params: Vec<GenericParam>,
    pub where_predicates: Vec<WherePredicate>,
}

/// One generic parameter.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct GenericParam {
    pub name: Name,
    pub kind: GenericParamKind,
}

/// What kind of generic parameter, with its bounds and default.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum GenericParamKind {
    Lifetime { bounds: Vec<Name> },
    Type { bounds: Vec<TypeBound>, default: Option<TypeRefId> },
    Const { ty: TypeRefId, default: Option<ConstArg> },
}

/// One predicate of a where clause.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct WherePredicate {
    pub for_lifetimes: Vec<Name>,
    pub target: WhereTarget,
    pub bounds: Vec<TypeBound>,
}

/// What a where predicate bounds.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum WhereTarget {
    Type(TypeRefId),
    Lifetime(Name),
}

/// A field of a struct, union or variant.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Field {
    /// The name, or the position of a tuple field (`0`, `1`…).
    pub name: Name,
    pub is_pub: bool,
    pub ty: TypeRefId,
}

/// The fields of a struct, union or variant, in their shape.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Fields {
    Record(Vec<Field>),
    Tuple(Vec<Field>),
    Unit,
}

/// A variant of an enum.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Variant {
    pub name: Name,
    pub fields: Fields,
    /// Its discriminant, as text until bodies are lowered.
    pub discriminant: Option<ConstArg>,
}

/// The `self` parameter of a method.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum SelfParam {
    /// `self`, `mut self`.
    Value { mutable: bool },
    /// `&'a self`, `&mut self`.
    Reference { lifetime: Option<Name>, mutable: bool },
    /// `self: Box<Self>`.
    Typed { mutable: bool, ty: TypeRefId },
}

/// What a function's header says besides its types.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct FnQualifiers {
    pub is_default: bool,
    pub is_const: bool,
    pub is_async: bool,
    pub is_gen: bool,
    pub is_unsafe: bool,
    pub is_safe: bool,
}

/// The signature of a function.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FnSignature {
    pub generics: Generics,
    pub qualifiers: FnQualifiers,
    pub abi: Option<SmolStr>,
    pub self_param: Option<SelfParam>,
    /// The parameters' types (their patterns belong to the body).
    pub params: Vec<TypeRefId>,
    pub is_variadic: bool,
    /// `None` for `()`.
    pub ret: Option<TypeRefId>,
    pub has_body: bool,
}

/// The signature of an owner, by kind.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Signature {
    Fn(FnSignature),
    Struct {
        generics: Generics,
        fields: Fields,
    },
    Union {
        generics: Generics,
        fields: Fields,
    },
    Enum {
        generics: Generics,
        variants: Vec<Variant>,
    },
    Trait {
        generics: Generics,
        supertraits: Vec<TypeBound>,
        is_unsafe: bool,
        is_auto: bool,
    },
    TraitAlias {
        generics: Generics,
        bounds: Vec<TypeBound>,
    },
    Impl {
        generics: Generics,
        trait_: Option<TypeRefId>,
        self_type: TypeRefId,
        is_negative: bool,
        is_unsafe: bool,
    },
    TypeAlias {
        generics: Generics,
        bounds: Vec<TypeBound>,
        ty: Option<TypeRefId>,
    },
    Const {
        generics: Generics,
        ty: Option<TypeRefId>,
        has_body: bool,
    },
    Static {
        ty: Option<TypeRefId>,
        is_mut: bool,
        has_body: bool,
    },
    /// `macro_rules!` and `macro` definitions have no signature to lower.
    Macro,
}

/// An owner's signature and the types it holds.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ItemSignature {
    pub store: TypeStore,
    pub signature: Signature,
}

/// Where each type and path of a signature was written: its range in the virtual text, the
/// item's text (relative to its start, so an edit above the item leaves it equal) followed by
/// the text of each macro expansion lowered with it ([`SignatureSourceMap::origin`]).
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct SignatureSourceMap {
    pub types: ArenaMap<TypeRefId, TextRange>,
    pub paths: ArenaMap<PathId, TextRange>,
    /// The expansions lowered with the item, each with the range its text takes in the virtual
    /// text, in increasing order (after the item's own text, which starts at 0).
    pub expansions: Vec<(TextRange, sem_db::expand::ExpnId)>,
}

/// `owner`'s signature lowered from its syntax, with where each type came from; `None` when
/// the owner has no syntax any more.
///
/// Reads the item's own tree ([`item_green_node`]), so it re-runs only when the item's text
/// changed. `no_eq`: the source map moves with any edit inside the item (a body's included),
/// so comparing would rarely spare anyone; readers of the signature alone read the compared
/// projection [`item_signature`].
///
/// `lru = 2048`: source maps are read for the owners at hand (to map nodes back to the text);
/// holding every owner's would hold every one twice. An evicted one is lowered again when asked
/// for, and [`item_signature`], compared, spares its readers.
#[salsa::tracked(returns(clone), no_eq, lru = 2048)]
pub fn item_signature_with_source_map(
    db: &dyn Db,
    owner: OwnerId,
) -> Option<(Arc<ItemSignature>, Arc<SignatureSourceMap>)> {
    let ast = item_ast(db, owner)?;
    let node = item_green_node(db, owner)?.syntax_node();
    let (signature, source_map) = lower::lower_signature(db, ast, &node, ast.kind);
    Some((Arc::new(signature), Arc::new(source_map)))
}

/// `owner`'s signature: [`item_signature_with_source_map`] without the source map.
///
/// Compared: an edit inside the owner's body, or one that moves its signature's text, gives
/// an equal signature, and nothing that reads it re-runs.
#[salsa::tracked(returns(clone))]
pub fn item_signature(db: &dyn Db, owner: OwnerId) -> Option<Arc<ItemSignature>> {
    item_signature_with_source_map(db, owner).map(|(signature, _)| signature)
}
