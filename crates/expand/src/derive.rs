//! rustc's built-in derives (`Clone`, `Copy`, `Debug`, `Default`, `Hash`, `PartialEq`, `Eq`,
//! `PartialOrd`, `Ord`) as pure functions over token trees.
//!
//! [`expand_derive`] reads the item with sem's parser: the item's token tree is parsed as macro
//! items ([`token_tree_to_syntax`]) and read through the typed AST, and the parts the impl
//! repeats (the name, generic parameters and their bounds, the where clause, field names and
//! types) are turned back into token trees that keep the spans of the item's tokens. The impl is
//! then written out with real bodies, in the shape rustc gives them:
//!
//! - Generic parameters are repeated with their bounds but without defaults, and each type
//!   parameter gets the derived trait as a bound first (`T: ::core::clone::Clone + Bound`).
//!   Like rustc, a field type that is a path starting with a type parameter and going further
//!   (`T::Item`) gets a `where` predicate with the trait too. `Default` of an enum bounds no
//!   parameter, as in rustc.
//! - Structs use their fields through `self.field`; enums `match` on `self` (and `other`)
//!   with the bindings `__self_0`, `__arg1_0`..., and compare or hash discriminants through
//!   `::core::intrinsics::discriminant_value`. Empty enums give `match *self {}`.
//! - `Debug` uses `::core::fmt::Formatter::write_str`, `debug_tuple` and `debug_struct` with
//!   `.field(...)` and `.finish()`; the last field is passed as `&&field`, as rustc does, so
//!   that an unsized last field works.
//! - `PartialOrd` and `Ord` compare field by field with one flat `match` per field that
//!   returns early unless the fields are equal (rustc nests these `match`es; flat ones keep
//!   the token tree shallow however many fields there are).
//! - `PartialEq` also gives `impl ::core::marker::StructuralPartialEq`; `Eq` gives
//!   `assert_receiver_is_total_eq` with `let _: ::core::cmp::AssertParamIsEq<FieldType>;` per
//!   field, the method `core` 1.63 has.
//! - Unions take `Clone` (`let _: ::core::clone::AssertParamIsCopy<Self>; *self`), `Copy` and
//!   `Eq` only, as in rustc.
//!
//! Not done: `#[repr(packed)]` structs (rustc copies their fields instead of borrowing them);
//! `Clone` written as `*self` for `Copy` types (the fieldwise clone is always given, which is
//! equivalent); `#[cfg]` on fields and variants (the caller strips them first, as rustc's
//! `cfg_eval` does before deriving).

use std::collections::HashSet;

use sem_syntax::{
    Edition, SyntaxKind, SyntaxNode, TextRange, TopEntryPoint,
    ast::{self, AstNode, HasAttrs, HasGenericArgs, HasGenericParams, HasName, HasTypeBounds},
    token_tree::{
        DelimiterKind, Leaf, Literal, Subtree, ToTokenTreeOptions, TokenTree, syntax_to_token_tree,
        token_tree_to_syntax,
    },
};

use crate::{ExpandError, ExpandErrorKind, build::TokenBuilder};

/// A built-in derive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BuiltinDerive {
    /// `#[derive(Clone)]`: `fn clone(&self) -> Self`, field by field.
    Clone,
    /// `#[derive(Copy)]`: an empty impl of `::core::marker::Copy`.
    Copy,
    /// `#[derive(Debug)]`: `fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result`.
    Debug,
    /// `#[derive(Default)]`: `fn default() -> Self`; an enum's default is its unit variant
    /// marked `#[default]`.
    Default,
    /// `#[derive(Hash)]`: `fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H)`.
    Hash,
    /// `#[derive(PartialEq)]`: `fn eq(&self, other: &Self) -> bool`, and
    /// `::core::marker::StructuralPartialEq`.
    PartialEq,
    /// `#[derive(Eq)]`: `fn assert_receiver_is_total_eq(&self)` asserting every field is `Eq`.
    Eq,
    /// `#[derive(PartialOrd)]`: `fn partial_cmp(&self, other: &Self) ->
    /// ::core::option::Option<::core::cmp::Ordering>`.
    PartialOrd,
    /// `#[derive(Ord)]`: `fn cmp(&self, other: &Self) -> ::core::cmp::Ordering`.
    Ord,
}

const DERIVES: [(BuiltinDerive, &str, &str); 9] = [
    (BuiltinDerive::Clone, "Clone", "::core::clone::Clone"),
    (BuiltinDerive::Copy, "Copy", "::core::marker::Copy"),
    (BuiltinDerive::Debug, "Debug", "::core::fmt::Debug"),
    (BuiltinDerive::Default, "Default", "::core::default::Default"),
    (BuiltinDerive::Hash, "Hash", "::core::hash::Hash"),
    (BuiltinDerive::PartialEq, "PartialEq", "::core::cmp::PartialEq"),
    (BuiltinDerive::Eq, "Eq", "::core::cmp::Eq"),
    (BuiltinDerive::PartialOrd, "PartialOrd", "::core::cmp::PartialOrd"),
    (BuiltinDerive::Ord, "Ord", "::core::cmp::Ord"),
];

impl BuiltinDerive {
    /// The derive named `name` (`"Clone"`, `"PartialEq"`...), the name of the
    /// `#[rustc_builtin_macro]` derive in `core`.
    pub fn from_name(name: &str) -> Option<BuiltinDerive> {
        DERIVES.iter().find(|(_, candidate, _)| *candidate == name).map(|(kind, _, _)| *kind)
    }

    /// The derive's name.
    pub fn name(self) -> &'static str {
        DERIVES.iter().find(|(kind, _, _)| *kind == self).map_or("", |(_, name, _)| name)
    }

    /// The path of the derived trait, as the impl names it (`::core::clone::Clone`).
    pub fn trait_path(self) -> &'static str {
        DERIVES.iter().find(|(kind, _, _)| *kind == self).map_or("", |(_, _, path)| path)
    }

    /// Every built-in derive.
    pub fn all() -> impl Iterator<Item = BuiltinDerive> {
        DERIVES.iter().map(|(kind, _, _)| *kind)
    }
}

/// Expands `#[derive(kind)]` on `item`, the token tree of the whole item (outer attributes,
/// `#[derive]` ones and doc comments included, are skipped). `edition` is the item's. The
/// result is the impl (two for `PartialEq`), with invisible delimiters whose spans are
/// `call_site`; generated tokens have that span, tokens repeated from the item keep theirs.
pub fn expand_derive<S: Copy>(
    kind: BuiltinDerive,
    item: &Subtree<S>,
    call_site: S,
    edition: Edition,
) -> Result<Subtree<S>, ExpandError<S>> {
    let adt = read_item(item, call_site, edition)?;
    let mut out = TokenBuilder::new(call_site);
    let deriver = Deriver { adt: &adt, kind };
    deriver.derive(&mut out)?;
    Ok(out.finish())
}

fn derive_error<S>(message: impl Into<String>, span: S) -> ExpandError<S> {
    ExpandError::new(ExpandErrorKind::Derive, message.into(), Some(span))
}

/// A generic parameter, as the impl repeats it.
#[derive(Debug)]
enum GenericParam<S> {
    /// `'a` and its bounds (`'a: 'b`), attributes dropped.
    Lifetime { name: Vec<TokenTree<S>>, whole: Vec<TokenTree<S>> },
    /// `T`, its name and its bounds (without `:`).
    Type { name: TokenTree<S>, name_text: String, bounds: Vec<TokenTree<S>> },
    /// `const N: Type`.
    Const { name: TokenTree<S>, ty: Vec<TokenTree<S>> },
}

/// A field: its name (an identifier, or the index of a tuple field) and type.
#[derive(Debug)]
struct Field<S> {
    /// The identifier of a named field; `None` for a tuple field.
    name: Option<TokenTree<S>>,
    /// The name without `r#` (for `Debug`), or the index.
    name_text: String,
    ty: Vec<TokenTree<S>>,
}

/// The fields of a struct or variant.
#[derive(Debug)]
enum Fields<S> {
    Unit,
    Tuple(Vec<Field<S>>),
    Named(Vec<Field<S>>),
}

impl<S> Fields<S> {
    fn fields(&self) -> &[Field<S>] {
        match self {
            Fields::Unit => &[],
            Fields::Tuple(fields) | Fields::Named(fields) => fields,
        }
    }
}

#[derive(Debug)]
struct Variant<S> {
    name: TokenTree<S>,
    name_text: String,
    fields: Fields<S>,
    /// Marked `#[default]`.
    is_default: bool,
    span: S,
}

#[derive(Debug)]
enum AdtKind<S> {
    Struct(Fields<S>),
    Enum(Vec<Variant<S>>),
    Union(Vec<Field<S>>),
}

/// The item, as the derive needs it.
#[derive(Debug)]
struct Adt<S> {
    name: TokenTree<S>,
    name_text: String,
    kind: AdtKind<S>,
    generics: Vec<GenericParam<S>>,
    /// The predicates of the where clause as written (without `where`).
    where_predicates: Vec<TokenTree<S>>,
    /// `Path: ` types of fields that start with a type parameter and go on (`T::Item`), each once.
    projections: Vec<Vec<TokenTree<S>>>,
    call_site: S,
}

/// Turns syntax nodes of the parsed item back into token trees with the item's spans.
struct Spans<S> {
    ranges: Vec<(TextRange, S)>,
    fallback: S,
}

impl<S: Copy> Spans<S> {
    fn span(&self, range: TextRange) -> S {
        let index = self.ranges.partition_point(|(candidate, _)| candidate.start() <= range.start());
        if index == 0 { self.fallback } else { self.ranges[index - 1].1 }
    }

    fn trees(&self, node: &SyntaxNode) -> Vec<TokenTree<S>> {
        syntax_to_token_tree(node, ToTokenTreeOptions::default(), |range| self.span(range)).token_trees
    }

    fn tree(&self, node: &SyntaxNode) -> Option<TokenTree<S>> {
        let mut trees = self.trees(node);
        (trees.len() == 1).then(|| trees.pop().expect("one tree"))
    }
}

/// Reads the struct, enum or union of `item`.
fn read_item<S: Copy>(item: &Subtree<S>, call_site: S, edition: Edition) -> Result<Adt<S>, ExpandError<S>> {
    let (parse, ranges) = token_tree_to_syntax(item, TopEntryPoint::MacroItems, edition);
    let spans = Spans { ranges, fallback: call_site };
    let root = parse.syntax_node();
    let Some(adt) = root.children().find_map(ast::Adt::cast) else {
        return Err(derive_error("`derive` may only be applied to `struct`s, `enum`s and `union`s", call_site));
    };
    let name_node = match &adt {
        ast::Adt::Struct(it) => it.name(),
        ast::Adt::Enum(it) => it.name(),
        ast::Adt::Union(it) => it.name(),
    };
    let unreadable = || derive_error("the item the derive is applied to cannot be read", call_site);
    let name_node = name_node.ok_or_else(unreadable)?;
    let name = spans.tree(name_node.syntax()).ok_or_else(unreadable)?;
    let name_text = name_node.text().trim_start_matches("r#").to_owned();

    let mut generics = Vec::new();
    let generic_params = match &adt {
        ast::Adt::Struct(it) => it.generic_param_list(),
        ast::Adt::Enum(it) => it.generic_param_list(),
        ast::Adt::Union(it) => it.generic_param_list(),
    };
    for param in generic_params.iter().flat_map(|list| list.generic_params()) {
        match param {
            ast::GenericParam::LifetimeParam(param) => {
                let name = param.lifetime().map(|lifetime| spans.trees(lifetime.syntax())).ok_or_else(unreadable)?;
                let whole = strip_attributes(spans.trees(param.syntax()));
                generics.push(GenericParam::Lifetime { name, whole });
            }
            ast::GenericParam::TypeParam(param) => {
                let name_node = param.name().ok_or_else(unreadable)?;
                let name = spans.tree(name_node.syntax()).ok_or_else(unreadable)?;
                let bounds = param.type_bound_list().map(|list| spans.trees(list.syntax())).unwrap_or_default();
                generics.push(GenericParam::Type { name, name_text: name_node.text().to_string(), bounds });
            }
            ast::GenericParam::ConstParam(param) => {
                let name = param.name().and_then(|name| spans.tree(name.syntax())).ok_or_else(unreadable)?;
                let ty = param.ty().map(|ty| spans.trees(ty.syntax())).ok_or_else(unreadable)?;
                generics.push(GenericParam::Const { name, ty });
            }
        }
    }
    let where_clause = match &adt {
        ast::Adt::Struct(it) => it.where_clause(),
        ast::Adt::Enum(it) => it.where_clause(),
        ast::Adt::Union(it) => it.where_clause(),
    };
    let mut where_predicates = where_clause.map(|clause| spans.trees(clause.syntax())).unwrap_or_default();
    if !where_predicates.is_empty() {
        where_predicates.remove(0);
    }

    let read_fields = |list: Option<ast::FieldList>| -> Result<Fields<S>, ExpandError<S>> {
        Ok(match list {
            None => Fields::Unit,
            Some(ast::FieldList::TupleFieldList(list)) => {
                let mut fields = Vec::new();
                for (index, field) in list.fields().enumerate() {
                    let ty = field.ty().map(|ty| spans.trees(ty.syntax())).ok_or_else(unreadable)?;
                    fields.push(Field { name: None, name_text: index.to_string(), ty });
                }
                Fields::Tuple(fields)
            }
            Some(ast::FieldList::RecordFieldList(list)) => {
                Fields::Named(read_record_fields(&list, &spans, unreadable)?)
            }
        })
    };
    let kind = match &adt {
        ast::Adt::Struct(it) => AdtKind::Struct(read_fields(it.field_list())?),
        ast::Adt::Union(it) => match it.record_field_list() {
            Some(list) => AdtKind::Union(read_record_fields(&list, &spans, unreadable)?),
            None => return Err(unreadable()),
        },
        ast::Adt::Enum(it) => {
            let mut variants = Vec::new();
            for variant in it.variant_list().iter().flat_map(|list| list.variants()) {
                let name_node = variant.name().ok_or_else(unreadable)?;
                let name = spans.tree(name_node.syntax()).ok_or_else(unreadable)?;
                let is_default = variant.attrs().any(|attr| {
                    attr.meta().and_then(|meta| meta.path()).is_some_and(|path| path.syntax().text() == "default")
                });
                let span = crate::build::tree_span(&name);
                variants.push(Variant {
                    name,
                    name_text: name_node.text().trim_start_matches("r#").to_owned(),
                    fields: read_fields(variant.field_list())?,
                    is_default,
                    span,
                });
            }
            AdtKind::Enum(variants)
        }
    };

    // Field types that are paths going on from a type parameter (`T::Item`), anywhere in the
    // field types, each once.
    let type_params: Vec<&str> = generics
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type { name_text, .. } => Some(name_text.as_str()),
            _ => None,
        })
        .collect();
    let mut projections: Vec<Vec<TokenTree<S>>> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    if !type_params.is_empty() {
        let field_types: Vec<ast::Type> = match &adt {
            ast::Adt::Struct(it) => field_types(it.field_list()),
            ast::Adt::Union(it) => field_types(it.record_field_list().map(ast::FieldList::RecordFieldList)),
            ast::Adt::Enum(it) => it
                .variant_list()
                .iter()
                .flat_map(|list| list.variants())
                .flat_map(|variant| field_types(variant.field_list()))
                .collect(),
        };
        for ty in field_types {
            for node in ty.syntax().descendants() {
                let Some(path_type) = ast::PathType::cast(node) else { continue };
                let Some(path) = path_type.path() else { continue };
                if path.qualifier().is_none() {
                    continue;
                }
                let mut first = path.clone();
                while let Some(qualifier) = first.qualifier() {
                    first = qualifier;
                }
                let starts_with_param = first
                    .segment()
                    .filter(|segment| segment.type_anchor().is_none() && segment.generic_arg_list().is_none())
                    .and_then(|segment| segment.name_ref())
                    .is_some_and(|name| type_params.contains(&name.text().as_str()));
                let text = path_type.syntax().text().to_string();
                if starts_with_param && seen.insert(text) {
                    projections.push(spans.trees(path_type.syntax()));
                }
            }
        }
    }

    Ok(Adt { name, name_text, kind, generics, where_predicates, projections, call_site })
}

fn read_record_fields<S: Copy>(
    list: &ast::RecordFieldList,
    spans: &Spans<S>,
    unreadable: impl Fn() -> ExpandError<S>,
) -> Result<Vec<Field<S>>, ExpandError<S>> {
    let mut fields = Vec::new();
    for field in list.fields() {
        let name_node = field.name().ok_or_else(&unreadable)?;
        let name = spans.tree(name_node.syntax()).ok_or_else(&unreadable)?;
        let ty = field.ty().map(|ty| spans.trees(ty.syntax())).ok_or_else(&unreadable)?;
        fields.push(Field { name: Some(name), name_text: name_node.text().trim_start_matches("r#").to_owned(), ty });
    }
    Ok(fields)
}

fn field_types(list: Option<ast::FieldList>) -> Vec<ast::Type> {
    match list {
        None => Vec::new(),
        Some(ast::FieldList::TupleFieldList(list)) => list.fields().filter_map(|field| field.ty()).collect(),
        Some(ast::FieldList::RecordFieldList(list)) => list.fields().filter_map(|field| field.ty()).collect(),
    }
}

/// `trees` without the outer attributes (`#[...]`) at their start.
fn strip_attributes<S>(mut trees: Vec<TokenTree<S>>) -> Vec<TokenTree<S>> {
    let mut start = 0;
    while let [TokenTree::Leaf(Leaf::Punct(pound)), TokenTree::Subtree(group), ..] = &trees[start..] {
        if pound.char != '#' || group.delimiter.kind != DelimiterKind::Bracket {
            break;
        }
        start += 2;
    }
    trees.drain(..start);
    trees
}

/// Writes the impls of one derive for one item.
struct Deriver<'a, S> {
    adt: &'a Adt<S>,
    kind: BuiltinDerive,
}

/// Which bindings a pattern of a variant makes: `__self_0...` or `__arg1_0...`.
#[derive(Debug, Clone, Copy)]
enum Side {
    This,
    Other,
}

impl Side {
    fn binding(self, index: usize) -> String {
        match self {
            Side::This => format!("__self_{index}"),
            Side::Other => format!("__arg1_{index}"),
        }
    }
}

impl<S: Copy> Deriver<'_, S> {
    fn derive(&self, out: &mut TokenBuilder<S>) -> Result<(), ExpandError<S>> {
        let adt = self.adt;
        if let AdtKind::Union(_) = adt.kind
            && !matches!(self.kind, BuiltinDerive::Clone | BuiltinDerive::Copy | BuiltinDerive::Eq)
        {
            return Err(derive_error("this trait cannot be derived for unions", adt.call_site));
        }
        let default_variant = if self.kind == BuiltinDerive::Default { self.default_variant()? } else { None };
        let bound = match (&adt.kind, self.kind) {
            (AdtKind::Enum(_), BuiltinDerive::Default) => None,
            _ => Some(self.kind.trait_path()),
        };
        if self.kind == BuiltinDerive::PartialEq {
            self.impl_header(out, "::core::marker::StructuralPartialEq", None);
            out.text("{}");
        }
        self.impl_header(out, self.kind.trait_path(), bound);
        out.open(DelimiterKind::Brace);
        match self.kind {
            BuiltinDerive::Copy => {}
            BuiltinDerive::Clone => {
                out.text("#[inline] fn clone(&self) -> Self {");
                self.clone_body(out);
                out.text("}");
            }
            BuiltinDerive::Debug => {
                out.text("#[inline] fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {");
                self.debug_body(out);
                out.text("}");
            }
            BuiltinDerive::Default => {
                out.text("#[inline] fn default() -> Self {");
                self.default_body(out, default_variant);
                out.text("}");
            }
            BuiltinDerive::Hash => {
                out.text("#[inline] fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {");
                self.hash_body(out);
                out.text("}");
            }
            BuiltinDerive::PartialEq => {
                out.text("#[inline] fn eq(&self, other: &Self) -> bool {");
                self.eq_body(out);
                out.text("}");
            }
            BuiltinDerive::Eq => {
                out.text("#[inline] #[doc(hidden)] fn assert_receiver_is_total_eq(&self) {");
                for ty in self.all_field_types() {
                    out.text("let _: ::core::cmp::AssertParamIsEq<").trees(ty).text(">;");
                }
                out.text("}");
            }
            BuiltinDerive::PartialOrd => {
                out.text(
                    "#[inline] fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {",
                );
                self.cmp_body(out, true);
                out.text("}");
            }
            BuiltinDerive::Ord => {
                out.text("#[inline] fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {");
                self.cmp_body(out, false);
                out.text("}");
            }
        }
        out.close();
        Ok(())
    }

    /// `#[automatically_derived] impl<params> TRAIT for Name<args> where ...`, each type
    /// parameter bounded by `bound` when there is one.
    fn impl_header(&self, out: &mut TokenBuilder<S>, trait_path: &str, bound: Option<&str>) {
        let adt = self.adt;
        out.text("#[automatically_derived] impl");
        if !adt.generics.is_empty() {
            out.text("<");
            for (index, param) in adt.generics.iter().enumerate() {
                if index > 0 {
                    out.text(",");
                }
                match param {
                    GenericParam::Lifetime { whole, .. } => {
                        out.trees(whole);
                    }
                    GenericParam::Type { name, bounds, .. } => {
                        out.tree(name.clone());
                        match (bound, bounds.is_empty()) {
                            (Some(bound), true) => {
                                out.text(":").text(bound);
                            }
                            (Some(bound), false) => {
                                out.text(":").text(bound).text("+").trees(bounds);
                            }
                            (None, false) => {
                                out.text(":").trees(bounds);
                            }
                            (None, true) => {}
                        }
                    }
                    GenericParam::Const { name, ty } => {
                        out.text("const").tree(name.clone()).text(":").trees(ty);
                    }
                }
            }
            out.text(">");
        }
        out.text(trait_path).text("for").tree(adt.name.clone());
        if !adt.generics.is_empty() {
            out.text("<");
            for (index, param) in adt.generics.iter().enumerate() {
                if index > 0 {
                    out.text(",");
                }
                match param {
                    GenericParam::Lifetime { name, .. } => {
                        out.trees(name);
                    }
                    GenericParam::Type { name, .. } | GenericParam::Const { name, .. } => {
                        out.tree(name.clone());
                    }
                }
            }
            out.text(">");
        }
        let projections: &[Vec<TokenTree<S>>] = if bound.is_some() { &adt.projections } else { &[] };
        if !adt.where_predicates.is_empty() || !projections.is_empty() {
            out.text("where").trees(&adt.where_predicates);
            let ends_with_comma = adt.where_predicates.last().is_some_and(|tree| crate::builtin::is_punct(tree, ','));
            for (index, ty) in projections.iter().enumerate() {
                if index > 0 || (!adt.where_predicates.is_empty() && !ends_with_comma) {
                    out.text(",");
                }
                out.trees(ty).text(":").text(bound.unwrap_or_default());
            }
        }
    }

    /// The variant marked `#[default]`, for `Default` of an enum.
    fn default_variant(&self) -> Result<Option<&Variant<S>>, ExpandError<S>> {
        let AdtKind::Enum(variants) = &self.adt.kind else { return Ok(None) };
        let mut defaults = variants.iter().filter(|variant| variant.is_default);
        let Some(variant) = defaults.next() else {
            return Err(derive_error(
                "no default declared: `#[derive(Default)]` on an enum needs a unit variant marked `#[default]`",
                self.adt.call_site,
            ));
        };
        if let Some(other) = defaults.next() {
            return Err(derive_error("multiple declared defaults", other.span));
        }
        if !matches!(variant.fields, Fields::Unit) {
            return Err(derive_error(
                "the `#[default]` attribute may only be used on unit enum variants",
                variant.span,
            ));
        }
        Ok(Some(variant))
    }

    fn all_field_types(&self) -> Vec<&[TokenTree<S>]> {
        match &self.adt.kind {
            AdtKind::Struct(fields) => fields.fields().iter().map(|field| field.ty.as_slice()).collect(),
            AdtKind::Union(fields) => fields.iter().map(|field| field.ty.as_slice()).collect(),
            AdtKind::Enum(variants) => {
                variants.iter().flat_map(|variant| variant.fields.fields()).map(|field| field.ty.as_slice()).collect()
            }
        }
    }

    /// `receiver.field` (`self.a`, `other.0`).
    fn member(&self, out: &mut TokenBuilder<S>, receiver: &str, field: &Field<S>) {
        out.text(receiver).text(".");
        match &field.name {
            Some(name) => {
                out.tree(name.clone());
            }
            None => {
                let span = out.span();
                out.tree(TokenTree::Leaf(Leaf::Literal(Literal {
                    text: field.name_text.as_str().into(),
                    kind: SyntaxKind::INT_NUMBER,
                    span,
                })));
            }
        }
    }

    /// `Name::Variant`, or `Name` for a struct.
    fn path(&self, out: &mut TokenBuilder<S>, variant: Option<&Variant<S>>) {
        out.tree(self.adt.name.clone());
        if let Some(variant) = variant {
            out.text("::").tree(variant.name.clone());
        }
    }

    /// A pattern binding every field of `variant`: `E::V(__self_0, __self_1)`,
    /// `E::V { a: __self_0 }`, `E::V`.
    fn pattern(&self, out: &mut TokenBuilder<S>, variant: &Variant<S>, side: Side) {
        self.path(out, Some(variant));
        match &variant.fields {
            Fields::Unit => {}
            Fields::Tuple(fields) => {
                out.open(DelimiterKind::Parenthesis);
                for index in 0..fields.len() {
                    if index > 0 {
                        out.text(",");
                    }
                    out.ident(&side.binding(index));
                }
                out.close();
            }
            Fields::Named(fields) => {
                out.open(DelimiterKind::Brace);
                for (index, field) in fields.iter().enumerate() {
                    if index > 0 {
                        out.text(",");
                    }
                    out.tree(field.name.clone().expect("a named field")).text(":").ident(&side.binding(index));
                }
                out.close();
            }
        }
    }

    /// A value of the struct or variant whose fields are written by `field` (given the index
    /// and the field): `Name { a: ..., b: ... }`, `Name(..., ...)`, `Name`.
    fn construct(
        &self,
        out: &mut TokenBuilder<S>,
        variant: Option<&Variant<S>>,
        fields: &Fields<S>,
        mut field: impl FnMut(&mut TokenBuilder<S>, usize, &Field<S>),
    ) {
        self.path(out, variant);
        match fields {
            Fields::Unit => {}
            Fields::Tuple(list) => {
                out.open(DelimiterKind::Parenthesis);
                for (index, item) in list.iter().enumerate() {
                    if index > 0 {
                        out.text(",");
                    }
                    field(out, index, item);
                }
                out.close();
            }
            Fields::Named(list) => {
                out.open(DelimiterKind::Brace);
                for (index, item) in list.iter().enumerate() {
                    if index > 0 {
                        out.text(",");
                    }
                    out.tree(item.name.clone().expect("a named field")).text(":");
                    field(out, index, item);
                }
                out.close();
            }
        }
    }

    /// `match *self {}` for an empty enum.
    fn empty_enum(&self, out: &mut TokenBuilder<S>) -> bool {
        match &self.adt.kind {
            AdtKind::Enum(variants) if variants.is_empty() => {
                out.text("match *self {}");
                true
            }
            _ => false,
        }
    }

    fn clone_body(&self, out: &mut TokenBuilder<S>) {
        match &self.adt.kind {
            AdtKind::Union(_) => {
                out.text("let _: ::core::clone::AssertParamIsCopy<Self>; *self");
            }
            AdtKind::Struct(fields) => self.construct(out, None, fields, |out, _, field| {
                out.text("::core::clone::Clone::clone(&");
                self.member(out, "self", field);
                out.text(")");
            }),
            AdtKind::Enum(variants) => {
                if self.empty_enum(out) {
                    return;
                }
                out.text("match self {");
                for variant in variants {
                    self.pattern(out, variant, Side::This);
                    out.text("=>");
                    self.construct(out, Some(variant), &variant.fields, |out, index, _| {
                        out.text("::core::clone::Clone::clone(").ident(&Side::This.binding(index)).text(")");
                    });
                    out.text(",");
                }
                out.text("}");
            }
        }
    }

    /// The builder calls of `Debug` for `fields` (named `name_text`), whose values are written
    /// by `value` (the last one passed as `&&value`).
    fn debug_fields(
        &self,
        out: &mut TokenBuilder<S>,
        name_text: &str,
        fields: &Fields<S>,
        mut value: impl FnMut(&mut TokenBuilder<S>, usize, &Field<S>),
    ) {
        match fields {
            Fields::Unit => {
                out.text("::core::fmt::Formatter::write_str(f,").str_literal(name_text).text(")");
            }
            Fields::Tuple(list) | Fields::Named(list) => {
                let named = matches!(fields, Fields::Named(_));
                out.text(if named {
                    "::core::fmt::Formatter::debug_struct(f,"
                } else {
                    "::core::fmt::Formatter::debug_tuple(f,"
                });
                out.str_literal(name_text).text(")");
                for (index, field) in list.iter().enumerate() {
                    out.text(".field(");
                    if named {
                        out.str_literal(&field.name_text).text(",");
                    }
                    out.text(if index + 1 == list.len() { "&" } else { "" });
                    value(out, index, field);
                    out.text(")");
                }
                out.text(".finish()");
            }
        }
    }

    fn debug_body(&self, out: &mut TokenBuilder<S>) {
        match &self.adt.kind {
            AdtKind::Union(_) => {}
            AdtKind::Struct(fields) => self.debug_fields(out, &self.adt.name_text, fields, |out, _, field| {
                out.text("&");
                self.member(out, "self", field);
            }),
            AdtKind::Enum(variants) => {
                if self.empty_enum(out) {
                    return;
                }
                out.text("match self {");
                for variant in variants {
                    self.pattern(out, variant, Side::This);
                    out.text("=>");
                    self.debug_fields(out, &variant.name_text, &variant.fields, |out, index, _| {
                        out.ident(&Side::This.binding(index));
                    });
                    out.text(",");
                }
                out.text("}");
            }
        }
    }

    fn default_body(&self, out: &mut TokenBuilder<S>, variant: Option<&Variant<S>>) {
        match (&self.adt.kind, variant) {
            (AdtKind::Struct(fields), _) => {
                if let Fields::Unit = fields {
                    self.path(out, None);
                    out.text("{}");
                } else {
                    self.construct(out, None, fields, |out, _, _| {
                        out.text("::core::default::Default::default()");
                    });
                }
            }
            (_, Some(variant)) => self.path(out, Some(variant)),
            _ => {}
        }
    }

    /// `let __self_discr = ...; let __arg1_discr = ...;` (the second with `other`).
    fn discriminants(&self, out: &mut TokenBuilder<S>, other: bool) {
        out.text("let __self_discr = ::core::intrinsics::discriminant_value(self);");
        if other {
            out.text("let __arg1_discr = ::core::intrinsics::discriminant_value(other);");
        }
    }

    fn hash_body(&self, out: &mut TokenBuilder<S>) {
        match &self.adt.kind {
            AdtKind::Union(_) => {}
            AdtKind::Struct(fields) => {
                for field in fields.fields() {
                    out.text("::core::hash::Hash::hash(&");
                    self.member(out, "self", field);
                    out.text(", state);");
                }
            }
            AdtKind::Enum(variants) => {
                if self.empty_enum(out) {
                    return;
                }
                if variants.len() > 1 {
                    self.discriminants(out, false);
                    out.text("::core::hash::Hash::hash(&__self_discr, state);");
                }
                if variants.iter().all(|variant| variant.fields.fields().is_empty()) {
                    return;
                }
                out.text("match self {");
                for variant in variants.iter().filter(|variant| !variant.fields.fields().is_empty()) {
                    self.pattern(out, variant, Side::This);
                    out.text("=> {");
                    for index in 0..variant.fields.fields().len() {
                        out.text("::core::hash::Hash::hash(").ident(&Side::This.binding(index)).text(", state);");
                    }
                    out.text("}");
                }
                if variants.iter().any(|variant| variant.fields.fields().is_empty()) {
                    out.text("_ => {}");
                }
                out.text("}");
            }
        }
    }

    fn eq_body(&self, out: &mut TokenBuilder<S>) {
        match &self.adt.kind {
            AdtKind::Union(_) => {}
            AdtKind::Struct(fields) => {
                if fields.fields().is_empty() {
                    out.text("true");
                }
                for (index, field) in fields.fields().iter().enumerate() {
                    if index > 0 {
                        out.text("&&");
                    }
                    self.member(out, "self", field);
                    out.text("==");
                    self.member(out, "other", field);
                }
            }
            AdtKind::Enum(variants) => {
                if self.empty_enum(out) {
                    return;
                }
                let with_fields: Vec<&Variant<S>> =
                    variants.iter().filter(|variant| !variant.fields.fields().is_empty()).collect();
                if variants.len() > 1 {
                    self.discriminants(out, true);
                    out.text("__self_discr == __arg1_discr");
                    if with_fields.is_empty() {
                        return;
                    }
                    out.text("&&");
                } else if with_fields.is_empty() {
                    out.text("true");
                    return;
                }
                out.text("match (self, other) {");
                for variant in &with_fields {
                    out.text("(");
                    self.pattern(out, variant, Side::This);
                    out.text(",");
                    self.pattern(out, variant, Side::Other);
                    out.text(") =>");
                    for index in 0..variant.fields.fields().len() {
                        if index > 0 {
                            out.text("&&");
                        }
                        out.ident(&Side::This.binding(index)).text("==").ident(&Side::Other.binding(index));
                    }
                    out.text(",");
                }
                if variants.len() > 1 {
                    out.text("_ => true,");
                }
                out.text("}");
            }
        }
    }

    /// Compares fields one after the other, each written by `compare` (given the index and
    /// field): a `match` returning early unless equal, the last comparison as the value.
    fn compare_fields(
        &self,
        out: &mut TokenBuilder<S>,
        partial: bool,
        fields: &[Field<S>],
        mut compare: impl FnMut(&mut TokenBuilder<S>, usize, &Field<S>),
    ) {
        let equal = if partial {
            "::core::option::Option::Some(::core::cmp::Ordering::Equal)"
        } else {
            "::core::cmp::Ordering::Equal"
        };
        let function = if partial { "::core::cmp::PartialOrd::partial_cmp" } else { "::core::cmp::Ord::cmp" };
        if fields.is_empty() {
            out.text(equal);
            return;
        }
        for (index, field) in fields.iter().enumerate() {
            let last = index + 1 == fields.len();
            if !last {
                out.text("match");
            }
            out.text(function).open(DelimiterKind::Parenthesis);
            compare(out, index, field);
            out.close();
            if !last {
                out.text("{").text(equal).text("=> {} cmp => return cmp, }");
            }
        }
    }

    fn cmp_body(&self, out: &mut TokenBuilder<S>, partial: bool) {
        let function = if partial { "::core::cmp::PartialOrd::partial_cmp" } else { "::core::cmp::Ord::cmp" };
        match &self.adt.kind {
            AdtKind::Union(_) => {}
            AdtKind::Struct(fields) => self.compare_fields(out, partial, fields.fields(), |out, _, field| {
                out.text("&");
                self.member(out, "self", field);
                out.text(", &");
                self.member(out, "other", field);
            }),
            AdtKind::Enum(variants) => {
                if self.empty_enum(out) {
                    return;
                }
                let with_fields: Vec<&Variant<S>> =
                    variants.iter().filter(|variant| !variant.fields.fields().is_empty()).collect();
                let compare_bindings = |out: &mut TokenBuilder<S>, index: usize, _: &Field<S>| {
                    out.ident(&Side::This.binding(index)).text(",").ident(&Side::Other.binding(index));
                };
                let arms = |out: &mut TokenBuilder<S>, fallback: &str| {
                    out.text("match (self, other) {");
                    for variant in &with_fields {
                        out.text("(");
                        self.pattern(out, variant, Side::This);
                        out.text(",");
                        self.pattern(out, variant, Side::Other);
                        out.text(") => {");
                        self.compare_fields(out, partial, variant.fields.fields(), compare_bindings);
                        out.text("}");
                    }
                    // Pairs of different variants, and of variants without fields.
                    out.text("_ =>").text(fallback).text(",");
                    out.text("}");
                };
                if variants.len() == 1 {
                    if with_fields.is_empty() {
                        self.compare_fields(out, partial, &[], compare_bindings);
                    } else {
                        out.text("match (self, other) {");
                        let variant = with_fields[0];
                        out.text("(");
                        self.pattern(out, variant, Side::This);
                        out.text(",");
                        self.pattern(out, variant, Side::Other);
                        out.text(") => {");
                        self.compare_fields(out, partial, variant.fields.fields(), compare_bindings);
                        out.text("} }");
                    }
                    return;
                }
                self.discriminants(out, true);
                if partial {
                    if with_fields.is_empty() {
                        out.text(function).text("(&__self_discr, &__arg1_discr)");
                    } else {
                        arms(out, "::core::cmp::PartialOrd::partial_cmp(&__self_discr, &__arg1_discr)");
                    }
                } else {
                    if with_fields.is_empty() {
                        out.text(function).text("(&__self_discr, &__arg1_discr)");
                        return;
                    }
                    out.text("match ::core::cmp::Ord::cmp(&__self_discr, &__arg1_discr) {");
                    out.text("::core::cmp::Ordering::Equal =>");
                    arms(out, "::core::cmp::Ordering::Equal");
                    out.text(", cmp => cmp, }");
                }
            }
        }
    }
}
