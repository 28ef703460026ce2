//! Lowering an owner's syntax to its signature.
//!
//! Types nest as deep as the parser let them (it stops at its nesting limit), and lowering
//! follows them with an explicit depth bound: past [`MAX_TYPE_DEPTH`] a type is
//! [`TypeRef::Error`], so no input can overflow the stack here.

use sem_syntax::{
    SyntaxKind, SyntaxNode, TextRange,
    ast::{self, AstNode, HasGenericArgs, HasGenericParams, HasName, HasTypeBounds, HasVisibility},
};

use super::{
    BoundModifier, ConstArg, Field, Fields, FnPointer, FnQualifiers, FnSignature, GenericArg, GenericArgs,
    GenericParam, GenericParamKind, Generics, ItemSignature, Name, Path, PathAnchor, PathId, PathSegment, SelfParam,
    Signature, SignatureSourceMap, TypeBound, TypeRef, TypeRefId, TypeStore, Variant, WherePredicate, WhereTarget,
};
use crate::{OwnerKind, expander::Expander};

/// How deeply types may nest in lowering; deeper is [`TypeRef::Error`]. Above the parser's own
/// nesting limit, so that only input the parser already cut reaches it.
const MAX_TYPE_DEPTH: usize = 512;

/// The signature of the item `node` (the syntax of `ast`), an owner of kind `kind`, and its
/// source map; the macro calls in its types are expanded.
pub(super) fn lower_signature(
    db: &dyn crate::Db,
    ast: crate::ItemAst,
    node: &SyntaxNode,
    kind: OwnerKind,
) -> (ItemSignature, SignatureSourceMap) {
    let mut ctx = Ctx::new(Expander::new(db, ast, node));
    let signature = ctx.signature(node, kind);
    let Ctx { mut store, mut source_map, expander, .. } = ctx;
    source_map.expansions = expander.expansions;
    store.shrink_to_fit();
    source_map.shrink_to_fit();
    (ItemSignature { store, signature }, source_map)
}

/// Lowers types and paths into a [`TypeStore`] with their ranges: a signature's, and a body's
/// for the types and paths written in it.
pub(crate) struct Ctx<'a> {
    pub(crate) store: TypeStore,
    pub(crate) source_map: SignatureSourceMap,
    /// The tree being lowered, and the macro calls expanded.
    pub(crate) expander: Expander<'a>,
    depth: usize,
}

impl<'a> Ctx<'a> {
    /// A lowering of the item of `expander`.
    pub(crate) fn new(expander: Expander<'a>) -> Ctx<'a> {
        Ctx { store: TypeStore::default(), source_map: SignatureSourceMap::default(), expander, depth: 0 }
    }

    /// Where `range` of the tree being lowered is in the ranges kept (the virtual text).
    fn kept_range(&self, range: TextRange) -> TextRange {
        self.expander.range(range)
    }

    fn signature(&mut self, node: &SyntaxNode, kind: OwnerKind) -> Signature {
        match kind {
            OwnerKind::Function => match ast::Fn::cast(node.clone()) {
                Some(function) => Signature::Fn(self.function(&function)),
                None => Signature::Macro,
            },
            OwnerKind::Struct => {
                let Some(item) = ast::Struct::cast(node.clone()) else { return Signature::Macro };
                Signature::Struct { generics: self.generics(&item), fields: self.fields(item.field_list()) }
            }
            OwnerKind::Union => {
                let Some(item) = ast::Union::cast(node.clone()) else { return Signature::Macro };
                let fields = self.fields(item.record_field_list().map(ast::FieldList::RecordFieldList));
                Signature::Union { generics: self.generics(&item), fields }
            }
            OwnerKind::Enum => {
                let Some(item) = ast::Enum::cast(node.clone()) else { return Signature::Macro };
                let generics = self.generics(&item);
                let variants = item
                    .variant_list()
                    .into_iter()
                    .flat_map(|list| list.variants())
                    .map(|variant| Variant {
                        name: name_of(&variant),
                        fields: self.fields(variant.field_list()),
                        discriminant: variant.const_arg().map(|arg| const_arg(&arg)),
                    })
                    .collect();
                Signature::Enum { generics, variants }
            }
            OwnerKind::Trait => {
                let Some(item) = ast::Trait::cast(node.clone()) else { return Signature::Macro };
                Signature::Trait {
                    generics: self.generics(&item),
                    supertraits: self.bounds(item.type_bound_list()),
                    is_unsafe: item.unsafe_token().is_some(),
                    is_auto: item.auto_token().is_some(),
                }
            }
            OwnerKind::TraitAlias => {
                let Some(item) = ast::TraitAlias::cast(node.clone()) else { return Signature::Macro };
                Signature::TraitAlias { generics: self.generics(&item), bounds: self.bounds(item.type_bound_list()) }
            }
            OwnerKind::Impl => {
                let Some(item) = ast::Impl::cast(node.clone()) else { return Signature::Macro };
                let generics = self.generics(&item);
                // `impl for S` lost its trait: the trait is an error, not absent.
                let trait_ = item.for_token().map(|_| self.ty(item.trait_()));
                let self_type = self.ty(item.self_ty());
                Signature::Impl {
                    generics,
                    trait_,
                    self_type,
                    is_negative: item.bang_token().is_some(),
                    is_unsafe: item.unsafe_token().is_some(),
                }
            }
            OwnerKind::TypeAlias => {
                let Some(item) = ast::TypeAlias::cast(node.clone()) else { return Signature::Macro };
                let generics = self.generics(&item);
                let bounds = self.bounds(item.type_bound_list());
                let ty = item.ty().map(|ty| self.ty(Some(ty)));
                Signature::TypeAlias { generics, bounds, ty }
            }
            OwnerKind::Const => {
                let Some(item) = ast::Const::cast(node.clone()) else { return Signature::Macro };
                let generics = self.generics(&item);
                let ty = item.ty().map(|ty| self.ty(Some(ty)));
                Signature::Const { generics, ty, has_body: item.body().is_some() }
            }
            OwnerKind::Static => {
                let Some(item) = ast::Static::cast(node.clone()) else { return Signature::Macro };
                let ty = item.ty().map(|ty| self.ty(Some(ty)));
                Signature::Static { ty, is_mut: item.mut_token().is_some(), has_body: item.body().is_some() }
            }
            OwnerKind::MacroRules | OwnerKind::MacroDef => Signature::Macro,
        }
    }

    fn function(&mut self, function: &ast::Fn) -> FnSignature {
        let generics = self.generics(function);
        let qualifiers = FnQualifiers {
            is_default: function.default_token().is_some(),
            is_const: function.const_token().is_some(),
            is_async: function.async_token().is_some(),
            is_gen: function.gen_token().is_some(),
            is_unsafe: function.unsafe_token().is_some(),
            is_safe: function.safe_token().is_some(),
        };
        let list = function.param_list();
        let self_param = list.as_ref().and_then(|list| list.self_param()).map(|param| self.self_param(&param));
        let mut params = Vec::new();
        let mut is_variadic = false;
        for param in list.iter().flat_map(|list| list.params()) {
            if param.dot3_token().is_some() && param.ty().is_none() {
                is_variadic = true;
                continue;
            }
            params.push(self.ty(param.ty()));
        }
        let ret = function.ret_type().and_then(|ret| ret.ty()).map(|ty| self.ty(Some(ty)));
        FnSignature {
            generics,
            qualifiers,
            abi: function.abi().map(|abi| abi_of(&abi)),
            self_param,
            params,
            is_variadic,
            ret,
            has_body: function.body().is_some(),
        }
    }

    fn self_param(&mut self, param: &ast::SelfParam) -> SelfParam {
        let mutable = param.mut_token().is_some();
        if let Some(ty) = param.ty() {
            return SelfParam::Typed { mutable, ty: self.ty(Some(ty)) };
        }
        if param.amp_token().is_some() {
            return SelfParam::Reference { lifetime: param.lifetime().map(|it| lifetime_name(&it)), mutable };
        }
        SelfParam::Value { mutable }
    }

    fn fields(&mut self, list: Option<ast::FieldList>) -> Fields {
        match list {
            None => Fields::Unit,
            Some(ast::FieldList::RecordFieldList(list)) => Fields::Record(
                list.fields()
                    .map(|field| Field {
                        name: name_of(&field),
                        is_pub: field.visibility().is_some(),
                        ty: self.ty(field.ty()),
                    })
                    .collect(),
            ),
            Some(ast::FieldList::TupleFieldList(list)) => Fields::Tuple(
                list.fields()
                    .enumerate()
                    .map(|(index, field)| Field {
                        name: Name::new(index.to_string()),
                        is_pub: field.visibility().is_some(),
                        ty: self.ty(field.ty()),
                    })
                    .collect(),
            ),
        }
    }

    fn generics(&mut self, owner: &impl HasGenericParams) -> Generics {
        let mut generics = Generics::default();
        for param in owner.generic_param_list().into_iter().flat_map(|list| list.generic_params()) {
            let param = match param {
                ast::GenericParam::LifetimeParam(param) => GenericParam {
                    name: param.lifetime().map(|it| lifetime_name(&it)).unwrap_or_default(),
                    kind: GenericParamKind::Lifetime { bounds: lifetime_bounds(param.type_bound_list()) },
                },
                ast::GenericParam::TypeParam(param) => {
                    let bounds = self.bounds(param.type_bound_list());
                    let default = param.default_type().map(|ty| self.ty(Some(ty)));
                    GenericParam { name: name_of(&param), kind: GenericParamKind::Type { bounds, default } }
                }
                ast::GenericParam::ConstParam(param) => {
                    let ty = self.ty(param.ty());
                    let default = param.default_val().map(|arg| const_arg(&arg));
                    GenericParam { name: name_of(&param), kind: GenericParamKind::Const { ty, default } }
                }
            };
            generics.params.push(param);
        }
        for predicate in owner.where_clause().into_iter().flat_map(|clause| clause.predicates()) {
            let for_lifetimes = for_lifetimes(predicate.for_binder());
            let target = match (predicate.lifetime(), predicate.ty()) {
                (Some(lifetime), _) => WhereTarget::Lifetime(lifetime_name(&lifetime)),
                (None, ty) => WhereTarget::Type(self.ty(ty)),
            };
            let bounds = self.bounds(predicate.type_bound_list());
            generics.where_predicates.push(WherePredicate { for_lifetimes, target, bounds });
        }
        generics
    }

    fn bounds(&mut self, list: Option<ast::TypeBoundList>) -> Vec<TypeBound> {
        list.into_iter().flat_map(|list| list.bounds()).map(|bound| self.bound(&bound)).collect()
    }

    fn bound(&mut self, bound: &ast::TypeBound) -> TypeBound {
        if let Some(lifetime) = bound.lifetime() {
            return TypeBound::Lifetime(lifetime_name(&lifetime));
        }
        if bound.use_token().is_some() {
            let names = bound
                .use_bound_generic_args()
                .map(|args| args.syntax().children().filter_map(|child| match_use_arg(&child)).collect())
                .unwrap_or_default();
            return TypeBound::Use(names);
        }
        let modifier = if bound.question_token().is_some() {
            BoundModifier::Maybe
        } else if bound.bang_token().is_some() {
            BoundModifier::Negative
        } else if bound.tilde_token().is_some() || bound.l_brack_token().is_some() {
            BoundModifier::MaybeConst
        } else if bound.const_token().is_some() {
            BoundModifier::Const
        } else if bound.async_token().is_some() {
            BoundModifier::Async
        } else {
            BoundModifier::None
        };
        let for_lifetimes = for_lifetimes(bound.for_binder());
        match bound.ty() {
            Some(ast::Type::PathType(ty)) => match ty.path() {
                Some(path) => TypeBound::Trait { path: self.path_id(&path), modifier, for_lifetimes },
                None => TypeBound::Error,
            },
            _ => TypeBound::Error,
        }
    }

    /// Lowers `ty` (missing syntax is [`TypeRef::Error`]) into the store, with its range.
    pub(crate) fn ty(&mut self, ty: Option<ast::Type>) -> TypeRefId {
        let Some(ty) = ty else { return self.store.types.alloc(TypeRef::Error) };
        if self.depth >= MAX_TYPE_DEPTH {
            return self.alloc(TypeRef::Error, &ty);
        }
        self.depth += 1;
        let lowered = self.ty_kind(&ty);
        self.depth -= 1;
        self.alloc(lowered, &ty)
    }

    fn alloc(&mut self, ty: TypeRef, syntax: &ast::Type) -> TypeRefId {
        let id = self.store.types.alloc(ty);
        let range = syntax.syntax().text_range();
        self.source_map.types.insert(id, self.kept_range(range));
        id
    }

    fn ty_kind(&mut self, ty: &ast::Type) -> TypeRef {
        match ty {
            ast::Type::PathType(ty) => match ty.path() {
                Some(path) => TypeRef::Path(self.path_id(&path)),
                None => TypeRef::Error,
            },
            ast::Type::ParenType(ty) => match ty.ty() {
                // A parenthesized type is the type inside: one node, not two; each level of
                // parentheses counts towards the depth bound all the same.
                Some(inner) if self.depth < MAX_TYPE_DEPTH => {
                    self.depth += 1;
                    let lowered = self.ty_kind(&inner);
                    self.depth -= 1;
                    lowered
                }
                Some(_) | None => TypeRef::Error,
            },
            ast::Type::TupleType(ty) => TypeRef::Tuple(ty.fields().map(|field| self.ty(Some(field))).collect()),
            ast::Type::RefType(ty) => TypeRef::Reference {
                lifetime: ty.lifetime().map(|it| lifetime_name(&it)),
                mutable: ty.mut_token().is_some(),
                inner: self.ty(ty.ty()),
            },
            ast::Type::PtrType(ty) => {
                TypeRef::RawPointer { mutable: ty.mut_token().is_some(), inner: self.ty(ty.ty()) }
            }
            ast::Type::SliceType(ty) => TypeRef::Slice(self.ty(ty.ty())),
            ast::Type::ArrayType(ty) => {
                let element = self.ty(ty.ty());
                let length = ty.const_arg().map(|arg| const_arg(&arg)).unwrap_or(ConstArg { text: Name::default() });
                TypeRef::Array { element, length }
            }
            ast::Type::FnPtrType(ty) => {
                let mut params = Vec::new();
                let mut is_variadic = false;
                for param in ty.param_list().into_iter().flat_map(|list| list.params()) {
                    if param.dot3_token().is_some() && param.ty().is_none() {
                        is_variadic = true;
                        continue;
                    }
                    let name = param.pat().map(|pat| Name::new(pat.syntax().text().to_string()));
                    params.push((name, self.ty(param.ty())));
                }
                let ret = ty.ret_type().and_then(|ret| ret.ty()).map(|ret| self.ty(Some(ret)));
                TypeRef::FnPointer(Box::new(FnPointer {
                    params,
                    ret,
                    is_unsafe: ty.unsafe_token().is_some(),
                    abi: ty.abi().map(|abi| abi_of(&abi)),
                    is_variadic,
                }))
            }
            ast::Type::DynTraitType(ty) => TypeRef::DynTrait(self.bounds(ty.type_bound_list())),
            ast::Type::ImplTraitType(ty) => TypeRef::ImplTrait(self.bounds(ty.type_bound_list())),
            ast::Type::ForType(ty) => {
                TypeRef::ForLifetimes { lifetimes: for_lifetimes(ty.for_binder()), inner: self.ty(ty.ty()) }
            }
            ast::Type::NeverType(_) => TypeRef::Never,
            ast::Type::InferType(_) => TypeRef::Infer,
            ast::Type::MacroType(ty) => match ty.macro_call() {
                Some(call) if let Some(path) = call.path() => {
                    let path = self.path_id(&path);
                    let Some((expn, _, expansion)) = self.expander.expansion_of(&call) else { return TypeRef::Error };
                    let expansion = expansion.map(|expansion| {
                        let root = expansion.0.clone();
                        let outer = self.expander.enter(expn, &expansion);
                        let ty = ast::Type::cast(root.clone()).or_else(|| root.children().find_map(ast::Type::cast));
                        let id = self.ty(ty);
                        self.expander.exit(outer);
                        id
                    });
                    TypeRef::Macro { path, expn, expansion }
                }
                _ => TypeRef::Error,
            },
            ast::Type::PatternType(ty) => TypeRef::Pattern {
                inner: self.ty(ty.ty()),
                pattern: ty.pat().map(|pat| Name::new(pat.syntax().text().to_string())).unwrap_or_default(),
            },
        }
    }

    /// Lowers `path` into the store, with its range.
    pub(crate) fn path_id(&mut self, path: &ast::Path) -> PathId {
        let lowered = self.path(path);
        let id = self.store.paths.alloc(lowered);
        let range = path.syntax().text_range();
        self.source_map.paths.insert(id, self.kept_range(range));
        id
    }

    /// Lowers a path, its qualifier first (paths nest to the left: `a::b::c` is `(a::b)::c`),
    /// without recursion over the segments.
    fn path(&mut self, path: &ast::Path) -> Path {
        let mut segments_rev = Vec::new();
        let mut current = Some(path.clone());
        while let Some(path) = current {
            if let Some(segment) = path.segment() {
                segments_rev.push(segment);
            }
            current = path.qualifier();
        }
        let mut anchor = PathAnchor::Plain;
        let mut segments = Vec::new();
        for (position, segment) in segments_rev.into_iter().rev().enumerate() {
            if position == 0 {
                if segment.colon2_token().is_some() && segment.type_anchor().is_none() {
                    anchor = PathAnchor::Global;
                }
                if let Some(type_anchor) = segment.type_anchor() {
                    let self_type = self.ty(type_anchor.ty());
                    let trait_ = type_anchor.path_type().and_then(|ty| ty.path()).map(|path| self.path_id(&path));
                    anchor = PathAnchor::Qualified { self_type, trait_ };
                    continue;
                }
            }
            let name = segment.name_ref().map(|name| Name::new(name.text().as_str())).unwrap_or_default();
            match (position, name.as_str(), &anchor) {
                (0, "crate", PathAnchor::Plain) => {
                    anchor = PathAnchor::Crate;
                    continue;
                }
                (0, "$crate", PathAnchor::Plain) => {
                    anchor = PathAnchor::DollarCrate(self.expander.dollar_crate());
                    continue;
                }
                (0, "self", PathAnchor::Plain) => {
                    anchor = PathAnchor::SelfModule;
                    continue;
                }
                (_, "super", PathAnchor::Plain | PathAnchor::SelfModule | PathAnchor::Super(_))
                    if segments.is_empty() =>
                {
                    anchor = match anchor {
                        PathAnchor::Super(count) => PathAnchor::Super(count + 1),
                        _ => PathAnchor::Super(1),
                    };
                    continue;
                }
                _ => {}
            }
            let args = self.generic_args(&segment).map(Box::new);
            segments.push(PathSegment { name, args });
        }
        Path { anchor, segments: segments.into() }
    }

    fn generic_args(&mut self, segment: &ast::PathSegment) -> Option<GenericArgs> {
        if let Some(list) = segment.parenthesized_arg_list() {
            let args = list.type_args().map(|arg| GenericArg::Type(self.ty(arg.ty()))).collect();
            let output = segment.ret_type().and_then(|ret| ret.ty()).map(|ty| self.ty(Some(ty)));
            return Some(GenericArgs { args, parenthesized: Some(output) });
        }
        let list = segment.generic_arg_list()?;
        Some(GenericArgs { args: self.generic_arg_list(&list), parenthesized: None })
    }

    pub(crate) fn generic_arg_list(&mut self, list: &ast::GenericArgList) -> Vec<GenericArg> {
        list.generic_args()
            .map(|arg| match arg {
                ast::GenericArg::TypeArg(arg) => GenericArg::Type(self.ty(arg.ty())),
                ast::GenericArg::LifetimeArg(arg) => {
                    GenericArg::Lifetime(arg.lifetime().map(|it| lifetime_name(&it)).unwrap_or_default())
                }
                ast::GenericArg::ConstArg(arg) => GenericArg::Const(const_arg(&arg)),
                ast::GenericArg::AssocTypeArg(arg) => {
                    let name = arg.name_ref().map(|name| Name::new(name.text().as_str())).unwrap_or_default();
                    let args = arg
                        .generic_arg_list()
                        .map(|list| GenericArgs { args: self.generic_arg_list(&list), parenthesized: None });
                    let ty = arg.ty().map(|ty| self.ty(Some(ty)));
                    let bounds = self.bounds(arg.type_bound_list());
                    GenericArg::Binding { name, args, ty, bounds }
                }
            })
            .collect()
    }
}

/// The name of a named node, as written; empty when missing.
pub(crate) fn name_of(node: &impl HasName) -> Name {
    node.name().map(|name| Name::new(name.text().as_str())).unwrap_or_default()
}

/// A lifetime's name with its `'`.
pub(crate) fn lifetime_name(lifetime: &ast::Lifetime) -> Name {
    Name::new(lifetime.syntax().text().to_string())
}

/// The lifetimes a lifetime parameter outlives.
fn lifetime_bounds(list: Option<ast::TypeBoundList>) -> Vec<Name> {
    list.into_iter()
        .flat_map(|list| list.bounds())
        .filter_map(|bound| bound.lifetime())
        .map(|it| lifetime_name(&it))
        .collect()
}

/// The lifetimes of a `for<'a, 'b>` binder.
pub(crate) fn for_lifetimes(binder: Option<ast::ForBinder>) -> Vec<Name> {
    binder
        .and_then(|binder| binder.generic_param_list())
        .into_iter()
        .flat_map(|list| list.generic_params())
        .filter_map(|param| match param {
            ast::GenericParam::LifetimeParam(param) => param.lifetime().map(|it| lifetime_name(&it)),
            _ => None,
        })
        .collect()
}

/// A const argument as its text.
fn const_arg(arg: &ast::ConstArg) -> ConstArg {
    ConstArg { text: Name::new(arg.syntax().text().to_string().trim()) }
}

/// The ABI string of `extern "C"`, without quotes (empty for a bare `extern`).
fn abi_of(abi: &ast::Abi) -> Name {
    let text = abi.string_token().or_else(|| abi.raw_string_token()).map(|token| token.text().to_owned());
    Name::new(
        text.map(|text| text.trim_start_matches('r').trim_matches('#').trim_matches('"').to_owned())
            .unwrap_or_default(),
    )
}

/// A name of `use<'a, T>`.
fn match_use_arg(node: &SyntaxNode) -> Option<Name> {
    match node.kind() {
        SyntaxKind::LIFETIME | SyntaxKind::NAME_REF => Some(Name::new(node.text().to_string())),
        _ => None,
    }
}
