//! Items: functions, types, traits, impls, modules, uses, macros and the rest.
//!
//! An item is dispatched on its first token after the visibility. Qualifiers (`default`,
//! `const`, `async`, `gen`, `unsafe`, `safe`, `extern "abi"`) are first looked over without
//! being consumed, so that `unsafe {`, `async move {` or `const {` in a block are left to the
//! expression parser untouched.

mod adt;
mod consts;
mod traits;
mod use_item;

/// The rules that parse one `{}` node on their own, for incremental reparsing.
pub(crate) mod reparsers {
    pub(crate) use super::{
        adt::{record_field_list, variant_list},
        extern_item_list, item_list,
        traits::{assoc_item_list, trait_assoc_item_list},
        use_item::use_tree_list,
    };
}

#[cfg(test)]
mod tests;

use super::*;

/// Where an item is: it decides what a function's parameters may omit and how an item that
/// does not start is reported.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ItemCtx {
    /// A statement in a block: when no item starts, nothing is consumed.
    Stmt,
    /// A module, a file or a macro expansion in item position.
    Mod,
    /// The body of a trait (parameter names are optional in edition 2015).
    Trait,
    /// The body of an impl.
    Impl,
    /// The body of an `extern` block.
    Extern,
}

/// Where error recovery inside an item stops: the tokens that start another item.
pub(crate) const ITEM_RECOVERY_SET: TokenSet = TokenSet::new(&[
    T![fn],
    T![struct],
    T![enum],
    T![impl],
    T![trait],
    T![const],
    T![static],
    T![unsafe],
    T![extern],
    T![mod],
    T![pub],
    T![use],
    T![type],
    T![macro],
    T![let],
    T![;],
]);

/// Where error recovery stops when a name is missing: the next item, or what follows a name.
const NAME_RECOVERY_SET: TokenSet =
    ITEM_RECOVERY_SET.union(TokenSet::new(&[T!['('], T![<], T![:], T![=], T![where], T![,], T![')'], T![>]]));

/// The items of a module body or a file, up to `}` (when `stop_on_r_curly`) or the end of input.
/// Inner attributes are parsed by the caller.
pub(crate) fn mod_contents(p: &mut Parser<'_>, stop_on_r_curly: bool) {
    items_until(p, stop_on_r_curly, ItemCtx::Mod);
}

/// Items in the context `ctx`, up to `}` (when `stop_on_r_curly`) or the end of input.
fn items_until(p: &mut Parser<'_>, stop_on_r_curly: bool, ctx: ItemCtx) {
    loop {
        match p.current() {
            EOF => break,
            T!['}'] if stop_on_r_curly => break,
            _ => item_or_macro_in(p, stop_on_r_curly, ctx),
        }
    }
}

/// The items of a macro expansion in item position. As in rustc, the first token at which no
/// item starts ends them: it and every token after it are one `ERROR` node with one error
/// (rustc's "macro expansion ignores `x` and any following"), never an error per token, so
/// that an expansion of many thousand tokens that are not items costs little more than its
/// tokens (folded into one when the parser folds calls' inputs, as a summary parses). Errors
/// inside an item are recovered from as in a file.
pub(crate) fn macro_items(p: &mut Parser<'_>) {
    while !p.at(EOF) {
        let m = p.start();
        attributes::outer_attrs(p);
        let m = match opt_item_in(p, m, ItemCtx::Mod) {
            Ok(()) => continue,
            Err(m) => m,
        };
        if at_macro_path_start(p) && matches!(p.nth(1), T![!] | T![:]) {
            paths::use_path(p);
            if p.at(T![!]) {
                macro_call(p, m);
                continue;
            }
        }
        p.error("expected an item: macro expansion ignores this token and any following");
        folded_with_calls_inputs(p, |p| {
            while !p.at(EOF) {
                p.bump_any();
            }
        });
        m.complete(p, ERROR);
    }
}

/// One item or macro call in item position, with its attributes: `#[attr] pub fn f() {}`,
/// `foo!(...);`, `a::b! { ... }`.
pub(crate) fn item_or_macro(p: &mut Parser<'_>, stop_on_r_curly: bool) {
    item_or_macro_in(p, stop_on_r_curly, ItemCtx::Mod);
}

/// [`item_or_macro`] in a given context (trait, impl or extern bodies).
pub(crate) fn item_or_macro_in(p: &mut Parser<'_>, stop_on_r_curly: bool, ctx: ItemCtx) {
    let m = p.start();
    attributes::outer_attrs(p);
    let m = match opt_item_in(p, m, ctx) {
        Ok(()) => return,
        Err(m) => m,
    };
    if at_macro_path_start(p) {
        // A path that is not a macro call: the error goes at its start when it is one segment.
        let one_segment = !matches!(p.nth(1), T![!] | T![:]);
        if one_segment {
            p.error("expected an item");
        }
        paths::use_path(p);
        if p.at(T![!]) {
            macro_call(p, m);
        } else {
            if !one_segment {
                p.error("expected an item");
            }
            m.complete(p, ERROR);
        }
        return;
    }
    m.abandon(p);
    match p.current() {
        T!['{'] => error_block(p, "expected an item"),
        T!['}'] if !stop_on_r_curly => {
            let e = p.start();
            p.error("unmatched `}`");
            p.bump(T!['}']);
            e.complete(p, ERROR);
        }
        EOF | T!['}'] => p.error("expected an item"),
        T![;] => p.err_and_bump("expected an item, found `;`"),
        T![let] => error_let_stmt(p),
        _ => p.err_and_bump("expected an item"),
    }
}

/// A `let` statement where an item is expected, skipped up to its `;` as an error.
fn error_let_stmt(p: &mut Parser<'_>) {
    let m = p.start();
    p.error("expected an item, found a `let` statement");
    p.bump(T![let]);
    loop {
        match p.current() {
            EOF | T!['}'] => break,
            T![;] => {
                p.bump(T![;]);
                break;
            }
            T!['('] | T!['['] | T!['{'] => token_tree(p),
            kind if ITEM_RECOVERY_SET.contains(kind) => break,
            _ => p.bump_any(),
        }
    }
    m.complete(p, ERROR);
}

/// Whether a macro path starts here: `foo`, `::foo`, `self::foo`, `crate::foo`.
fn at_macro_path_start(p: &Parser<'_>) -> bool {
    match p.current() {
        IDENT | T![self] | T![super] | T![crate] => true,
        T![:] => p.at(T![::]),
        _ => false,
    }
}

/// An item, if one starts here; `m` was started before its outer attributes. Gives `m` back
/// when there is no item, having consumed nothing (this is how statements try items first).
pub(crate) fn opt_item(p: &mut Parser<'_>, m: Marker) -> Result<(), Marker> {
    opt_item_in(p, m, ItemCtx::Stmt)
}

/// [`opt_item`] in a given context.
pub(crate) fn opt_item_in(p: &mut Parser<'_>, m: Marker, ctx: ItemCtx) -> Result<(), Marker> {
    let has_visibility = opt_visibility(p, false);
    let la = p.nth(1);
    match p.current() {
        T![fn] => fn_(p, m, ctx),
        T![struct] => adt::strukt(p, m),
        T![enum] => adt::enum_(p, m),
        // `use || x` is an (unstable) use closure.
        T![use] if la != T![|] => use_item::use_(p, m),
        T![mod] => mod_item(p, m),
        // `type const N: usize = 3;`, the const items of the unstable `min_generic_const_args`.
        T![type] if la == T![const] => consts::konst(p, m),
        T![type] => type_alias(p, m),
        T![trait] => traits::trait_(p, m),
        T![impl] if at_restriction_parens(p, 1) => traits::restricted_trait(p, m, ctx, has_visibility),
        T![impl] => traits::impl_(p, m),
        T![macro] => macro_def(p, m),
        T![extern] if la == T![crate] => extern_crate(p, m),
        T![const] if matches!(la, IDENT | T![_] | T![mut]) => consts::konst(p, m),
        T![static] if matches!(la, IDENT | T![_] | T![mut]) => consts::static_(p, m),
        IDENT if la == IDENT && p.at_contextual_kw(T![union]) => adt::union(p, m),
        IDENT if la == T![!] && p.nth(2) == IDENT && p.at_contextual_kw(T![macro_rules]) => macro_rules(p, m),
        IDENT if la == T![trait] && p.at_contextual_kw(T![auto]) => traits::trait_(p, m),
        IDENT if la == T![#] && p.at_contextual_kw(T![builtin]) && p.nth_at_contextual_kw(2, T![global_asm]) => {
            expressions::global_asm_item(p, m);
        }
        // `foo() {}` where an item is expected: rustc's "missing `fn`" recovery.
        IDENT if la == T!['('] && ctx != ItemCtx::Stmt => {
            p.error("missing `fn` before the function name");
            fn_after_kw(p, m, ctx);
        }
        T![const] | T![async] | T![gen] | T![unsafe] | T![extern] => return qualified_item(p, m, ctx, has_visibility),
        IDENT if p.at_contextual_kw(T![default]) || p.at_contextual_kw(T![safe]) => {
            return qualified_item(p, m, ctx, has_visibility);
        }
        _ => return no_item(p, m, has_visibility),
    }
    Ok(())
}

/// No item starts here: an error after a visibility, otherwise `m` is given back.
fn no_item(p: &mut Parser<'_>, m: Marker, has_visibility: bool) -> Result<(), Marker> {
    if has_visibility {
        p.error("expected an item after the visibility");
        m.complete(p, ERROR);
        return Ok(());
    }
    Err(m)
}

/// A qualifier of a function or of another item: the kind it is given in the tree, its rank in
/// the order rustc requires, and how many tokens it takes.
struct Qualifier {
    kind: SyntaxKind,
    rank: u8,
    len: usize,
}

/// The qualifier at the `n`-th token, if there is one. `const` before a name or `{` is not a
/// qualifier but a const item or a const block.
fn qualifier_at(p: &Parser<'_>, n: usize) -> Option<Qualifier> {
    let (kind, rank, len) = match p.nth(n) {
        T![const] => match p.nth(n + 1) {
            T!['{'] | IDENT | T![_] | T![mut] => return None,
            _ => (CONST_KW, 1, 1),
        },
        T![async] => (ASYNC_KW, 2, 1),
        T![gen] => (GEN_KW, 3, 1),
        T![unsafe] => (UNSAFE_KW, 4, 1),
        T![extern] => match p.nth(n + 1) {
            T![crate] => return None,
            STRING | RAW_STRING => (EXTERN_KW, 5, 2),
            _ => (EXTERN_KW, 5, 1),
        },
        IDENT if p.nth_at_contextual_kw(n, T![default]) => (DEFAULT_KW, 0, 1),
        IDENT if p.nth_at_contextual_kw(n, T![safe]) => (SAFE_KW, 4, 1),
        _ => return None,
    };
    Some(Qualifier { kind, rank, len })
}

/// Whether the `n`-th token starts an item that qualifiers can precede; `after_extern` tells
/// whether the last qualifier was `extern "abi"` (then `{` starts an extern block).
fn qualified_item_kw_at(p: &Parser<'_>, n: usize, after_extern: bool) -> bool {
    match p.nth(n) {
        T![fn] | T![impl] | T![trait] | T![type] | T![static] => true,
        T![const] => matches!(p.nth(n + 1), IDENT | T![_] | T![mut]),
        T!['{'] => after_extern,
        IDENT => p.nth_at_contextual_kw(n, T![auto]) && p.nth(n + 1) == T![trait],
        _ => false,
    }
}

/// An item after qualifiers: `const unsafe fn`, `unsafe impl`, `default type`, `unsafe extern
/// "C" { ... }`, `safe static`... Qualifiers in the wrong order are parsed, with an error.
fn qualified_item(p: &mut Parser<'_>, m: Marker, ctx: ItemCtx, has_visibility: bool) -> Result<(), Marker> {
    // Look over the qualifiers first: in a block, `unsafe {` or `async move {` is an expression.
    let mut n = 0;
    let mut after_extern = false;
    let mut has_strict_keyword = false;
    while let Some(qualifier) = qualifier_at(p, n) {
        after_extern = qualifier.kind == EXTERN_KW;
        has_strict_keyword |= !matches!(qualifier.kind, DEFAULT_KW | SAFE_KW);
        n += qualifier.len;
    }
    let is_item = n > 0 && qualified_item_kw_at(p, n, after_extern);
    if !is_item && (ctx == ItemCtx::Stmt || !has_strict_keyword) {
        return no_item(p, m, has_visibility);
    }

    let mut previous: Option<(SyntaxKind, u8)> = None;
    while let Some(qualifier) = qualifier_at(p, 0) {
        if let Some((previous_kind, previous_rank)) = previous {
            if qualifier.rank == previous_rank {
                let message = if qualifier.kind == previous_kind {
                    format!("`{}` is repeated", qualifier_text(qualifier.kind))
                } else {
                    "an item cannot be both `safe` and `unsafe`".to_owned()
                };
                p.error(message);
            } else if qualifier.rank < previous_rank {
                p.error(format!(
                    "`{}` must come before `{}`",
                    qualifier_text(qualifier.kind),
                    qualifier_text(previous_kind)
                ));
            }
        }
        match qualifier.kind {
            EXTERN_KW => abi(p),
            DEFAULT_KW | SAFE_KW => p.bump_remap(qualifier.kind),
            kind => p.bump(kind),
        }
        previous = Some((qualifier.kind, qualifier.rank));
    }

    match p.current() {
        T![fn] => fn_(p, m, ctx),
        T![impl] => traits::impl_(p, m),
        T![trait] => traits::trait_(p, m),
        IDENT if p.at_contextual_kw(T![auto]) && p.nth(1) == T![trait] => traits::trait_(p, m),
        T![type] if p.nth(1) == T![const] => consts::konst(p, m),
        T![type] => type_alias(p, m),
        T![static] => consts::static_(p, m),
        T![const] => consts::konst(p, m),
        T!['{'] if after_extern => {
            extern_item_list(p);
            m.complete(p, EXTERN_BLOCK);
        }
        _ => {
            p.error("expected `fn`, `trait`, `impl` or an extern block after the qualifiers");
            p.eat(T![;]);
            m.complete(p, ERROR);
        }
    }
    Ok(())
}

/// How an error message names a qualifier: `unsafe`, `extern`.
fn qualifier_text(kind: SyntaxKind) -> &'static str {
    kind.text().unwrap_or("?")
}

/// `ABI`: `extern`, `extern "C"`.
pub(crate) fn abi(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T![extern]);
    if matches!(p.current(), STRING | RAW_STRING) {
        p.bump_any();
    }
    m.complete(p, ABI);
}

/// `VISIBILITY`: `pub`, `pub(crate)`, `pub(self)`, `pub(super)`, `pub(in path)`, `crate`.
/// Returns whether there was one. `in_tuple_field` tells that `pub (` starts a type, not a
/// restriction, when what follows is not a restriction (`struct S(pub (u8, u8));`).
pub(crate) fn opt_visibility(p: &mut Parser<'_>, in_tuple_field: bool) -> bool {
    match p.current() {
        T![pub] => {
            let m = p.start();
            p.bump(T![pub]);
            if p.at(T!['(']) {
                visibility_restriction(p, in_tuple_field);
            }
            m.complete(p, VISIBILITY);
            true
        }
        // The `crate` visibility of the unstable `crate_visibility_modifier` (`crate fn f()`),
        // unless it starts a path (`crate::m!()`).
        T![crate] if !p.nth_at(1, T![::]) => {
            let m = p.start();
            p.bump(T![crate]);
            m.complete(p, VISIBILITY);
            true
        }
        _ => false,
    }
}

/// Whether a restriction's `(crate)`, `(self)`, `(super)` or `(in path)` starts at the `n`-th
/// token.
fn at_restriction_parens(p: &Parser<'_>, n: usize) -> bool {
    p.nth(n) == T!['(']
        && match p.nth(n + 1) {
            T![crate] | T![self] | T![super] => p.nth(n + 2) == T![')'],
            T![in] => true,
            _ => false,
        }
}

/// `MUT_RESTRICTION` (`mut(crate)`, on a field) or `IMPL_RESTRICTION` (`impl(in path)`, on a
/// trait) of the unstable restrictions (RFC 3323), if `keyword` starts one here.
pub(crate) fn opt_restriction(p: &mut Parser<'_>, keyword: SyntaxKind, kind: SyntaxKind) -> bool {
    if !p.at(keyword) || !at_restriction_parens(p, 1) {
        return false;
    }
    let m = p.start();
    p.bump(keyword);
    visibility_restriction(p, false);
    m.complete(p, kind);
    true
}

/// The `(crate)`, `(self)`, `(super)` or `(in path)` after `pub`, when it is one.
fn visibility_restriction(p: &mut Parser<'_>, in_tuple_field: bool) {
    match p.nth(1) {
        T![crate] | T![self] | T![super] if p.nth(2) == T![')'] => {
            p.bump(T!['(']);
            keyword_path(p);
            p.bump(T![')']);
        }
        T![in] => {
            p.bump(T!['(']);
            p.bump(T![in]);
            if at_macro_path_start(p) {
                paths::use_path(p);
            } else {
                p.error("expected a path");
            }
            p.expect(T![')']);
        }
        // `pub(path)` is rustc's "incorrect visibility restriction": parsed as `pub(in path)`.
        IDENT if !in_tuple_field && matches!(p.nth(2), T![')'] | T![:]) => {
            p.bump(T!['(']);
            p.error("incorrect visibility restriction: write `pub(in path)`");
            paths::use_path(p);
            p.expect(T![')']);
        }
        _ => {}
    }
}

/// `PATH` made of one keyword segment: `crate`, `self` or `super`.
fn keyword_path(p: &mut Parser<'_>) {
    let path = p.start();
    let segment = p.start();
    let name_ref = p.start();
    p.bump_any();
    name_ref.complete(p, NAME_REF);
    segment.complete(p, PATH_SEGMENT);
    path.complete(p, PATH);
}

/// `RENAME`: `as name` or `as _`, if there is one.
pub(crate) fn opt_rename(p: &mut Parser<'_>) {
    if !p.at(T![as]) {
        return;
    }
    let m = p.start();
    p.bump(T![as]);
    if !p.eat(T![_]) {
        name_r(p, NAME_RECOVERY_SET);
    }
    m.complete(p, RENAME);
}

/// `EXTERN_CRATE`: `extern crate name;`, `extern crate name as alias;`,
/// `extern crate self as name;`.
fn extern_crate(p: &mut Parser<'_>, m: Marker) {
    p.bump(T![extern]);
    p.bump(T![crate]);
    if p.at(IDENT) || p.at(T![self]) {
        let name = p.start();
        p.bump_any();
        name.complete(p, NAME_REF);
    } else {
        p.err_recover("expected a crate name", NAME_RECOVERY_SET);
    }
    opt_rename(p);
    p.expect(T![;]);
    m.complete(p, EXTERN_CRATE);
}

/// `MODULE`: `mod name;` or `mod name { items }`.
fn mod_item(p: &mut Parser<'_>, m: Marker) {
    p.bump(T![mod]);
    name_r(p, NAME_RECOVERY_SET);
    if p.at(T!['{']) {
        item_list(p);
    } else if !p.eat(T![;]) {
        p.error("expected `;` or `{`");
    }
    m.complete(p, MODULE);
}

/// `ITEM_LIST`: `{ #![inner] items }`, the body of an inline module.
pub(crate) fn item_list(p: &mut Parser<'_>) {
    item_list_of(p, ITEM_LIST, ItemCtx::Mod);
}

/// `EXTERN_ITEM_LIST`: `{ #![inner] items }`, the body of an `extern` block.
pub(crate) fn extern_item_list(p: &mut Parser<'_>) {
    item_list_of(p, EXTERN_ITEM_LIST, ItemCtx::Extern);
}

/// A braced list of items with inner attributes, as a node of `kind`.
fn item_list_of(p: &mut Parser<'_>, kind: SyntaxKind, ctx: ItemCtx) {
    debug_assert!(p.at(T!['{']));
    p.nested(|p| {
        let m = p.start();
        p.bump(T!['{']);
        attributes::inner_attrs(p);
        items_until(p, true, ctx);
        p.expect(T!['}']);
        m.complete(p, kind);
    });
}

/// `TYPE_ALIAS`: `type Name<T>: Bounds where ... = Type where ...;` (the parts after the name are
/// each optional).
fn type_alias(p: &mut Parser<'_>, m: Marker) {
    p.bump(T![type]);
    name_r(p, NAME_RECOVERY_SET);
    p.folded_when_skimming(|p| {
        generics::opt_generic_param_list(p);
        if p.at(T![:]) {
            generics::bounds(p);
        }
        generics::opt_where_clause(p);
        if p.eat(T![=]) {
            types::type_(p);
        }
        generics::opt_where_clause(p);
    });
    p.expect(T![;]);
    m.complete(p, TYPE_ALIAS);
}

/// `FN`: `fn name<T>(params) -> Ret where ... { body }`, or with `;` instead of a body. The
/// qualifiers before `fn`, if any, were consumed by the caller.
fn fn_(p: &mut Parser<'_>, m: Marker, ctx: ItemCtx) {
    p.bump(T![fn]);
    fn_after_kw(p, m, ctx);
}

/// The rest of a function after `fn`.
fn fn_after_kw(p: &mut Parser<'_>, m: Marker, ctx: ItemCtx) {
    name_r(p, NAME_RECOVERY_SET);
    p.folded_when_skimming(|p| {
        generics::opt_generic_param_list(p);
        if p.at(T!['(']) {
            if ctx == ItemCtx::Trait && p.edition() < Edition::Edition2018 {
                params::param_list_fn_trait_2015(p);
            } else {
                params::param_list_fn_def(p);
            }
        } else {
            p.error("expected function parameters");
        }
        params::opt_ret_type(p);
        // Unbalanced closing brackets after the signature, as in `fn f() -> A>]) {}`.
        while matches!(p.current(), T![')'] | T![']'] | T![>]) {
            p.err_and_bump("expected `{` or `;`");
        }
        generics::opt_where_clause(p);
    });
    match p.current() {
        T![;] => p.bump(T![;]),
        T!['{'] if p.folds_fn_bodies() => expressions::folded_block(p),
        T!['{'] => expressions::block_expr(p),
        _ => p.error("expected a function body or `;`"),
    }
    m.complete(p, FN);
}

/// `MACRO_CALL` in item position, after its path: `!` and a token tree, with `;` unless the
/// tree is in braces.
fn macro_call(p: &mut Parser<'_>, m: Marker) {
    p.bump(T![!]);
    match p.current() {
        T!['{'] => call_args(p),
        T!['('] | T!['['] => {
            call_args(p);
            p.expect(T![;]);
        }
        _ => p.error("expected `(`, `[` or `{`"),
    }
    m.complete(p, MACRO_CALL);
}

/// The token tree of a macro call in item position, inside a `SKIPPED_TOKENS` marker node when
/// the parser folds them ([`Parser::fold_macro_call_args`]).
fn call_args(p: &mut Parser<'_>) {
    folded_with_calls_inputs(p, token_tree);
}

/// Runs `f`, inside a `SKIPPED_TOKENS` marker node when the parser folds the inputs of macro
/// calls in item position ([`Parser::fold_macro_call_args`]).
fn folded_with_calls_inputs<'t>(p: &mut Parser<'t>, f: impl FnOnce(&mut Parser<'t>)) {
    if p.folds_macro_call_args() {
        let fold = p.start();
        f(p);
        fold.complete(p, SKIPPED_TOKENS);
    } else {
        f(p);
    }
}

/// `MACRO_RULES`: `macro_rules! name { ... }`, `macro_rules! name ( ... );` or with `[...];`.
fn macro_rules(p: &mut Parser<'_>, m: Marker) {
    p.bump_remap(T![macro_rules]);
    p.bump(T![!]);
    name(p);
    match p.current() {
        T!['{'] => token_tree(p),
        T!['('] | T!['['] => {
            token_tree(p);
            p.expect(T![;]);
        }
        _ => p.error("expected `{`, `(` or `[`"),
    }
    m.complete(p, MACRO_RULES);
}

/// `MACRO_DEF`: `macro name($args) { body }` or `macro name { (rules) => { ... } }`.
fn macro_def(p: &mut Parser<'_>, m: Marker) {
    p.bump(T![macro]);
    name_r(p, NAME_RECOVERY_SET);
    match p.current() {
        T!['{'] => token_tree(p),
        T!['('] => {
            token_tree(p);
            match p.current() {
                T!['{'] | T!['('] | T!['['] => token_tree(p),
                _ => p.error("expected the macro body"),
            }
        }
        _ => p.error("expected `(` or `{`"),
    }
    m.complete(p, MACRO_DEF);
}

/// An expression where one is required (an initializer, a discriminant), or an error when none
/// can start here.
pub(crate) fn expr_or_error(p: &mut Parser<'_>) {
    if matches!(p.current(), T![;] | T![,] | T![')'] | T![']'] | T!['}'] | EOF) {
        p.error("expected an expression");
        return;
    }
    // The expression parser reports what it cannot parse.
    let _ = expressions::expr(p);
}
