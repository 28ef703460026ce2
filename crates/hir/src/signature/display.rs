//! A stable text form of signatures, for snapshot tests and `sem dump`: Rust-like, one line
//! per owner, rendered from the lowered signature alone (so what it shows is what was lowered).

use std::fmt::Write as _;

use super::{
    BoundModifier, Fields, FnSignature, GenericArg, GenericArgs, GenericParamKind, Generics, ItemSignature, PathAnchor,
    PathId, SelfParam, Signature, TypeBound, TypeRef, TypeRefId, TypeStore, WhereTarget,
};
use crate::{Db, OwnerId};

/// `owner`'s signature as Rust-like text, its name from its path; `"no syntax"` when it has none.
pub fn dump_signature(db: &dyn Db, owner: OwnerId) -> String {
    let name = owner.path(db).to_string();
    let name = name.rsplit("::").next().unwrap_or_default().to_owned();
    match super::item_signature(db, owner) {
        Some(signature) => render(&signature, &name),
        None => "no syntax".to_owned(),
    }
}

/// Path `path` of `store` as text.
pub fn render_path(store: &TypeStore, path: PathId) -> String {
    let mut p = Printer { store, out: String::new(), turbofish: false };
    p.path(path);
    p.out
}

/// Path `path` of `store` as an expression or a pattern writes it (`Vec::<u8>::new`).
pub fn render_value_path(store: &TypeStore, path: PathId) -> String {
    let mut p = Printer { store, out: String::new(), turbofish: true };
    p.path(path);
    p.out
}

/// Type `ty` of `store` as text.
pub fn render_type(store: &TypeStore, ty: TypeRefId) -> String {
    let mut p = Printer { store, out: String::new(), turbofish: false };
    p.ty(ty);
    p.out
}

/// Generic arguments of `store` as text, with their `<>` (or parentheses for `Fn` sugar).
pub fn render_generic_args(store: &TypeStore, args: &GenericArgs) -> String {
    let mut p = Printer { store, out: String::new(), turbofish: false };
    p.generic_args(args);
    p.out
}

/// `signature` as text, the item named `name`.
pub(super) fn render(signature: &ItemSignature, name: &str) -> String {
    let mut p = Printer { store: &signature.store, out: String::new(), turbofish: false };
    p.signature(&signature.signature, name);
    p.out
}

struct Printer<'a> {
    store: &'a TypeStore,
    out: String,
    /// Whether the generic arguments of paths take a `::` (`Vec::<u8>::new` in expressions).
    turbofish: bool,
}

impl Printer<'_> {
    fn signature(&mut self, signature: &Signature, name: &str) {
        match signature {
            Signature::Fn(function) => self.function(function, name),
            Signature::Struct { generics, fields } => self.adt("struct ", name, generics, fields),
            Signature::Union { generics, fields } => self.adt("union ", name, generics, fields),
            Signature::Enum { generics, variants } => {
                self.out.push_str("enum ");
                self.out.push_str(name);
                self.generic_params(generics);
                self.where_clause(generics);
                self.out.push_str(" {");
                for (index, variant) in variants.iter().enumerate() {
                    self.out.push_str(if index == 0 { " " } else { ", " });
                    self.out.push_str(&variant.name);
                    self.fields(&variant.fields);
                    if let Some(discriminant) = &variant.discriminant {
                        let _ = write!(self.out, " = {}", discriminant.text);
                    }
                }
                self.out.push_str(" }");
            }
            Signature::Trait { generics, supertraits, is_unsafe, is_auto } => {
                if *is_unsafe {
                    self.out.push_str("unsafe ");
                }
                if *is_auto {
                    self.out.push_str("auto ");
                }
                self.out.push_str("trait ");
                self.out.push_str(name);
                self.generic_params(generics);
                if !supertraits.is_empty() {
                    self.out.push_str(": ");
                    self.bounds(supertraits);
                }
                self.where_clause(generics);
            }
            Signature::TraitAlias { generics, bounds } => {
                self.out.push_str("trait ");
                self.out.push_str(name);
                self.generic_params(generics);
                self.out.push_str(" = ");
                self.bounds(bounds);
                self.where_clause(generics);
            }
            Signature::Impl { generics, trait_, self_type, is_negative, is_unsafe } => {
                if *is_unsafe {
                    self.out.push_str("unsafe ");
                }
                self.out.push_str("impl");
                self.generic_params(generics);
                self.out.push(' ');
                if let Some(trait_) = trait_ {
                    if *is_negative {
                        self.out.push('!');
                    }
                    self.ty(*trait_);
                    self.out.push_str(" for ");
                }
                self.ty(*self_type);
                self.where_clause(generics);
            }
            Signature::TypeAlias { generics, bounds, ty } => {
                self.out.push_str("type ");
                self.out.push_str(name);
                self.generic_params(generics);
                if !bounds.is_empty() {
                    self.out.push_str(": ");
                    self.bounds(bounds);
                }
                self.where_clause(generics);
                if let Some(ty) = ty {
                    self.out.push_str(" = ");
                    self.ty(*ty);
                }
            }
            Signature::Const { generics, ty, has_body } => {
                self.out.push_str("const ");
                self.out.push_str(name);
                self.generic_params(generics);
                self.out.push_str(": ");
                self.opt_ty(*ty);
                self.where_clause(generics);
                if *has_body {
                    self.out.push_str(" = …");
                }
            }
            Signature::Static { ty, is_mut, has_body } => {
                self.out.push_str(if *is_mut { "static mut " } else { "static " });
                self.out.push_str(name);
                self.out.push_str(": ");
                self.opt_ty(*ty);
                if *has_body {
                    self.out.push_str(" = …");
                }
            }
            Signature::Macro => {
                self.out.push_str("macro ");
                self.out.push_str(name);
            }
        }
    }

    /// A struct or union, its where clause where Rust writes it: before a record's fields,
    /// after a tuple's.
    fn adt(&mut self, keyword: &str, name: &str, generics: &Generics, fields: &Fields) {
        self.out.push_str(keyword);
        self.out.push_str(name);
        self.generic_params(generics);
        if matches!(fields, Fields::Tuple(_)) {
            self.fields(fields);
            self.where_clause(generics);
        } else {
            self.where_clause(generics);
            self.fields(fields);
        }
    }

    fn function(&mut self, function: &FnSignature, name: &str) {
        let q = function.qualifiers;
        for (on, word) in [
            (q.is_default, "default "),
            (q.is_const, "const "),
            (q.is_async, "async "),
            (q.is_gen, "gen "),
            (q.is_unsafe, "unsafe "),
            (q.is_safe, "safe "),
        ] {
            if on {
                self.out.push_str(word);
            }
        }
        if let Some(abi) = &function.abi {
            let _ = write!(self.out, "extern \"{abi}\" ");
        }
        self.out.push_str("fn ");
        self.out.push_str(name);
        self.generic_params(&function.generics);
        self.out.push('(');
        let mut first = true;
        if let Some(self_param) = &function.self_param {
            first = false;
            match self_param {
                SelfParam::Value { mutable } => self.out.push_str(if *mutable { "mut self" } else { "self" }),
                SelfParam::Reference { lifetime, mutable } => {
                    self.out.push('&');
                    if let Some(lifetime) = lifetime {
                        self.out.push_str(lifetime);
                        self.out.push(' ');
                    }
                    self.out.push_str(if *mutable { "mut self" } else { "self" });
                }
                SelfParam::Typed { mutable, ty } => {
                    self.out.push_str(if *mutable { "mut self: " } else { "self: " });
                    self.ty(*ty);
                }
            }
        }
        for &param in &function.params {
            if !first {
                self.out.push_str(", ");
            }
            first = false;
            self.ty(param);
        }
        if function.is_variadic {
            if !first {
                self.out.push_str(", ");
            }
            self.out.push_str("...");
        }
        self.out.push(')');
        if let Some(ret) = function.ret {
            self.out.push_str(" -> ");
            self.ty(ret);
        }
        self.where_clause(&function.generics);
        if !function.has_body {
            self.out.push(';');
        }
    }

    fn fields(&mut self, fields: &Fields) {
        let (open, close, list, named) = match fields {
            Fields::Unit => return,
            Fields::Record(list) => (" { ", " }", list, true),
            Fields::Tuple(list) => ("(", ")", list, false),
        };
        self.out.push_str(open);
        for (index, field) in list.iter().enumerate() {
            if index > 0 {
                self.out.push_str(", ");
            }
            if field.is_pub {
                self.out.push_str("pub ");
            }
            if named {
                self.out.push_str(&field.name);
                self.out.push_str(": ");
            }
            self.ty(field.ty);
        }
        self.out.push_str(close);
    }

    fn generic_params(&mut self, generics: &Generics) {
        if generics.params.is_empty() {
            return;
        }
        self.out.push('<');
        for (index, param) in generics.params.iter().enumerate() {
            if index > 0 {
                self.out.push_str(", ");
            }
            match &param.kind {
                GenericParamKind::Lifetime { bounds } => {
                    self.out.push_str(&param.name);
                    if !bounds.is_empty() {
                        self.out.push_str(": ");
                        self.out.push_str(&bounds.join(" + "));
                    }
                }
                GenericParamKind::Type { bounds, default } => {
                    self.out.push_str(&param.name);
                    if !bounds.is_empty() {
                        self.out.push_str(": ");
                        self.bounds(bounds);
                    }
                    if let Some(default) = default {
                        self.out.push_str(" = ");
                        self.ty(*default);
                    }
                }
                GenericParamKind::Const { ty, default } => {
                    self.out.push_str("const ");
                    self.out.push_str(&param.name);
                    self.out.push_str(": ");
                    self.ty(*ty);
                    if let Some(default) = default {
                        self.out.push_str(" = ");
                        self.out.push_str(&default.text);
                    }
                }
            }
        }
        self.out.push('>');
    }

    fn where_clause(&mut self, generics: &Generics) {
        if generics.where_predicates.is_empty() {
            return;
        }
        self.out.push_str(" where ");
        for (index, predicate) in generics.where_predicates.iter().enumerate() {
            if index > 0 {
                self.out.push_str(", ");
            }
            self.for_lifetimes(&predicate.for_lifetimes);
            match &predicate.target {
                WhereTarget::Type(ty) => self.ty(*ty),
                WhereTarget::Lifetime(name) => self.out.push_str(name),
            }
            self.out.push_str(": ");
            self.bounds(&predicate.bounds);
        }
    }

    fn for_lifetimes(&mut self, lifetimes: &[smol_str::SmolStr]) {
        if !lifetimes.is_empty() {
            let _ = write!(self.out, "for<{}> ", lifetimes.join(", "));
        }
    }

    fn bounds(&mut self, bounds: &[TypeBound]) {
        for (index, bound) in bounds.iter().enumerate() {
            if index > 0 {
                self.out.push_str(" + ");
            }
            match bound {
                TypeBound::Trait { path, modifier, for_lifetimes } => {
                    self.for_lifetimes(for_lifetimes);
                    self.out.push_str(match modifier {
                        BoundModifier::None => "",
                        BoundModifier::Maybe => "?",
                        BoundModifier::Negative => "!",
                        BoundModifier::MaybeConst => "~const ",
                        BoundModifier::Const => "const ",
                        BoundModifier::Async => "async ",
                    });
                    self.path(*path);
                }
                TypeBound::Lifetime(name) => self.out.push_str(name),
                TypeBound::Use(names) => {
                    let _ = write!(self.out, "use<{}>", names.join(", "));
                }
                TypeBound::Error => self.out.push_str("{error}"),
            }
        }
    }

    fn opt_ty(&mut self, ty: Option<TypeRefId>) {
        match ty {
            Some(ty) => self.ty(ty),
            None => self.out.push_str("{missing}"),
        }
    }

    /// Types nest at most as deep as lowering let them, which bounds this recursion.
    fn ty(&mut self, ty: TypeRefId) {
        match &self.store[ty] {
            TypeRef::Path(path) => self.path(*path),
            TypeRef::Tuple(fields) => {
                self.out.push('(');
                for (index, &field) in fields.iter().enumerate() {
                    if index > 0 {
                        self.out.push_str(", ");
                    }
                    self.ty(field);
                }
                if fields.len() == 1 {
                    self.out.push(',');
                }
                self.out.push(')');
            }
            TypeRef::Reference { lifetime, mutable, inner } => {
                self.out.push('&');
                if let Some(lifetime) = lifetime {
                    self.out.push_str(lifetime);
                    self.out.push(' ');
                }
                if *mutable {
                    self.out.push_str("mut ");
                }
                self.ty(*inner);
            }
            TypeRef::RawPointer { mutable, inner } => {
                self.out.push_str(if *mutable { "*mut " } else { "*const " });
                self.ty(*inner);
            }
            TypeRef::Slice(inner) => {
                self.out.push('[');
                self.ty(*inner);
                self.out.push(']');
            }
            TypeRef::Array { element, length } => {
                self.out.push('[');
                self.ty(*element);
                let _ = write!(self.out, "; {}]", length.text);
            }
            TypeRef::FnPointer(pointer) => {
                if pointer.is_unsafe {
                    self.out.push_str("unsafe ");
                }
                if let Some(abi) = &pointer.abi {
                    let _ = write!(self.out, "extern \"{abi}\" ");
                }
                self.out.push_str("fn(");
                for (index, (name, param)) in pointer.params.iter().enumerate() {
                    if index > 0 {
                        self.out.push_str(", ");
                    }
                    if let Some(name) = name {
                        self.out.push_str(name);
                        self.out.push_str(": ");
                    }
                    self.ty(*param);
                }
                if pointer.is_variadic {
                    self.out.push_str(if pointer.params.is_empty() { "..." } else { ", ..." });
                }
                self.out.push(')');
                if let Some(ret) = pointer.ret {
                    self.out.push_str(" -> ");
                    self.ty(ret);
                }
            }
            TypeRef::DynTrait(bounds) => {
                self.out.push_str("dyn ");
                self.bounds(bounds);
            }
            TypeRef::ImplTrait(bounds) => {
                self.out.push_str("impl ");
                self.bounds(bounds);
            }
            TypeRef::ForLifetimes { lifetimes, inner } => {
                self.for_lifetimes(lifetimes);
                self.ty(*inner);
            }
            TypeRef::Never => self.out.push('!'),
            TypeRef::Infer => self.out.push('_'),
            TypeRef::Macro { path, expansion, .. } => {
                self.path(*path);
                self.out.push_str("!(…)");
                match expansion {
                    Some(expansion) => {
                        self.out.push_str(" ~> ");
                        self.ty(*expansion);
                    }
                    None => self.out.push_str(" /* not expanded */"),
                }
            }
            TypeRef::Pattern { inner, pattern } => {
                self.out.push_str("pattern_type!(");
                self.ty(*inner);
                let _ = write!(self.out, " is {pattern})");
            }
            TypeRef::Error => self.out.push_str("{error}"),
        }
    }

    fn path(&mut self, path: PathId) {
        let store = self.store;
        let path = &store[path];
        let mut separator = "";
        match &path.anchor {
            PathAnchor::Plain => {}
            PathAnchor::Global => separator = "::",
            PathAnchor::Crate => {
                self.out.push_str("crate");
                separator = "::";
            }
            PathAnchor::DollarCrate(_) => {
                self.out.push_str("$crate");
                separator = "::";
            }
            PathAnchor::SelfModule => {
                self.out.push_str("self");
                separator = "::";
            }
            PathAnchor::Super(count) => {
                for index in 0..*count {
                    if index > 0 {
                        self.out.push_str("::");
                    }
                    self.out.push_str("super");
                }
                separator = "::";
            }
            PathAnchor::Qualified { self_type, trait_ } => {
                self.out.push('<');
                self.ty(*self_type);
                if let Some(trait_) = trait_ {
                    self.out.push_str(" as ");
                    self.path(*trait_);
                }
                self.out.push('>');
                separator = "::";
            }
        }
        for segment in &path.segments {
            self.out.push_str(separator);
            separator = "::";
            self.out.push_str(&segment.name);
            if let Some(args) = &segment.args {
                // Only the path itself: a qualified path's types are types.
                let turbofish = std::mem::replace(&mut self.turbofish, false);
                if turbofish && args.parenthesized.is_none() {
                    self.out.push_str("::");
                }
                self.generic_args(args);
                self.turbofish = turbofish;
            }
        }
    }

    fn generic_args(&mut self, args: &GenericArgs) {
        let (open, close) = if args.parenthesized.is_some() { ("(", ")") } else { ("<", ">") };
        self.out.push_str(open);
        for (index, arg) in args.args.iter().enumerate() {
            if index > 0 {
                self.out.push_str(", ");
            }
            match arg {
                GenericArg::Type(ty) => self.ty(*ty),
                GenericArg::Lifetime(name) => self.out.push_str(name),
                GenericArg::Const(arg) => self.out.push_str(&arg.text),
                GenericArg::Binding { name, args, ty, bounds } => {
                    self.out.push_str(name);
                    if let Some(args) = args {
                        self.generic_args(args);
                    }
                    if let Some(ty) = ty {
                        self.out.push_str(" = ");
                        self.ty(*ty);
                    }
                    if !bounds.is_empty() {
                        self.out.push_str(": ");
                        self.bounds(bounds);
                    }
                }
            }
        }
        self.out.push_str(close);
        if let Some(Some(output)) = args.parenthesized {
            self.out.push_str(" -> ");
            self.ty(output);
        }
    }
}
