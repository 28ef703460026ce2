//! The grammar of Rust, as recursive-descent functions over the [`Parser`].
//!
//! Each module covers one area of the Reference and keeps its tests next to it (`<area>/tests.rs`,
//! snapshot tests of trees with `check`, see `grammar/check.rs`). This file holds the entry
//! points and the small rules every area uses: names, lifetimes, token trees, delimited lists.
//!
//! Conventions of the grammar code:
//! - A function named after a node kind parses that node; `opt_x` parses an x if one starts
//!   here; `x_r(p, recovery)` takes the set of tokens at which error recovery stops.
//! - Functions that can nest go through [`Parser::nested`], so that nesting is bounded.
//! - A rule that reports an error still builds a node, so that the tree has the expected shape
//!   wherever possible.

// While the grammar areas are being filled in, some shared rules have no caller yet.
#![allow(dead_code)]

mod attributes;
mod expressions;
mod generic_args;
mod generics;
mod items;
mod params;
mod paths;
mod patterns;
mod types;

#[cfg(test)]
mod check;
#[cfg(test)]
mod tests;

use crate::{
    Edition,
    SyntaxKind::{self, *},
    T,
    parser::{Input, Marker, Output, Parser, TokenSet},
};

/// What a whole input is parsed as. Input the entry point does not consume becomes an error,
/// inside the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TopEntryPoint {
    /// A source file: inner attributes and items (`SOURCE_FILE`).
    SourceFile,
    /// A source file whose function bodies are parsed but not built: each body is a
    /// `BLOCK_EXPR` whose `STMT_LIST` holds `{`, the body's inner attributes, then its
    /// statements as one `SKIPPED_TOKENS` token, and `}`. The other parts of items that a summary
    /// never reads are one such token each too: a function's signature after its name, a
    /// constant's or a static's type and value, a type alias after its name, an impl's header.
    /// The parse is [`TopEntryPoint::SourceFile`]'s, so items, their names, visibilities,
    /// attributes, `use` trees and macro calls have the same nodes and ranges, and the errors
    /// are the same, bodies' included: what a summary of the items and a count of errors need,
    /// without the cost of building (and then dropping) most of a file's tree.
    SourceFileWithoutBodies,
    /// The items of a macro expansion in item position (`MACRO_ITEMS`).
    MacroItems,
    /// The items of a macro expansion as [`TopEntryPoint::MacroItems`] parses them, with the
    /// tree builder folding each function body as in [`TopEntryPoint::SourceFileWithoutBodies`],
    /// and the token tree of each macro call in item position, delimiters included, into one
    /// `SKIPPED_TOKENS` token: what a summary of the items needs when it takes the calls'
    /// inputs from the token tree the expansion was parsed from. The errors are
    /// [`TopEntryPoint::MacroItems`]'s.
    MacroItemsWithoutBodies,
    /// The statements of a macro expansion in statement position (`MACRO_STMTS`).
    MacroStmts,
    /// A pattern, or-patterns included.
    Pattern,
    /// A type.
    Type,
    /// An expression.
    Expr,
    /// The inside of an attribute: `path`, `path = expr` or `path(tokens)` (`META`).
    MetaItem,
}

impl TopEntryPoint {
    /// Parses `input` as this entry point.
    pub fn parse(self, input: &Input, edition: Edition) -> Output {
        let mut p = Parser::new(input, edition);
        let (root_kind, parse): (SyntaxKind, fn(&mut Parser<'_>)) = match self {
            TopEntryPoint::SourceFile => (SOURCE_FILE, source_file_contents),
            TopEntryPoint::SourceFileWithoutBodies => {
                p.fold_fn_bodies();
                (SOURCE_FILE, source_file_contents)
            }
            TopEntryPoint::MacroItems => (MACRO_ITEMS, items::macro_items),
            TopEntryPoint::MacroItemsWithoutBodies => {
                p.fold_fn_bodies();
                p.fold_macro_call_args();
                (MACRO_ITEMS, items::macro_items)
            }
            TopEntryPoint::MacroStmts => (MACRO_STMTS, expressions::stmt_list_contents),
            TopEntryPoint::Pattern => (ERROR, patterns::pattern_top),
            TopEntryPoint::Type => (ERROR, types::type_),
            TopEntryPoint::Expr => (ERROR, |p| {
                expressions::expr(p);
            }),
            TopEntryPoint::MetaItem => (ERROR, attributes::meta),
        };
        let m = p.start();
        parse(&mut p);
        if !p.at(EOF) {
            let rest = p.start();
            p.error("unexpected input after the end of the fragment");
            while !p.at(EOF) {
                p.bump_any();
            }
            rest.complete(&mut p, ERROR);
        }
        if root_kind == ERROR {
            // A fragment is its own node; the root wrapper has no kind of its own.
            m.abandon(&mut p);
            return p.finish();
        }
        m.complete(&mut p, root_kind);
        // The root was started first and is completed last, and no one else holds its marker
        // (so nothing precedes it): the events are one tree.
        let mut output = p.finish();
        output.set_known_single_tree();
        output
    }
}

/// What a prefix of an input is parsed as: the macro expander matches fragment specifiers
/// (`$e:expr`, `$t:ty`...) with these, and reads how many tokens each consumed with
/// [`Output::consumed_input_tokens`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrefixEntryPoint {
    /// `vis`: a visibility, possibly empty.
    Vis,
    /// `block`: a block expression.
    Block,
    /// `stmt`: a statement without its trailing semicolon.
    Stmt,
    /// `pat`: a pattern with top-level or-patterns (edition 2021 and later).
    PatTop,
    /// `pat_param`: a pattern without top-level or-patterns.
    Pat,
    /// `ty`: a type.
    Ty,
    /// `expr`: an expression.
    Expr,
    /// `path`: a path in type style.
    Path,
    /// `item`: an item.
    Item,
    /// `meta`: the inside of an attribute.
    MetaItem,
    /// `literal`: a literal, possibly negated.
    Literal,
    /// `lifetime`: a lifetime.
    Lifetime,
}

impl PrefixEntryPoint {
    /// Parses a prefix of `input` as this entry point.
    pub fn parse(self, input: &Input, edition: Edition) -> Output {
        let mut p = Parser::new(input, edition);
        match self {
            PrefixEntryPoint::Vis => {
                // As in rustc, `pub (` in a `vis` fragment may start a type: `pub (u8)` is `pub`.
                items::opt_visibility(&mut p, true);
            }
            PrefixEntryPoint::Block => expressions::block_expr(&mut p),
            PrefixEntryPoint::Stmt => expressions::stmt(&mut p),
            PrefixEntryPoint::PatTop => patterns::pattern_top(&mut p),
            PrefixEntryPoint::Pat => patterns::pattern_single(&mut p),
            PrefixEntryPoint::Ty => types::type_(&mut p),
            PrefixEntryPoint::Expr => {
                expressions::expr(&mut p);
            }
            PrefixEntryPoint::Path => paths::type_path(&mut p),
            PrefixEntryPoint::Item => {
                items::item_or_macro(&mut p, false);
            }
            PrefixEntryPoint::MetaItem => attributes::meta(&mut p),
            PrefixEntryPoint::Literal => {
                let m = p.start();
                p.eat(T![-]);
                if expressions::literal(&mut p).is_none() {
                    p.error("expected a literal");
                }
                m.complete(&mut p, LITERAL);
            }
            PrefixEntryPoint::Lifetime => {
                if p.at(LIFETIME_IDENT) {
                    lifetime(&mut p);
                } else {
                    p.error("expected a lifetime");
                }
            }
        }
        p.finish()
    }
}

fn source_file_contents(p: &mut Parser<'_>) {
    attributes::inner_attrs(p);
    items::mod_contents(p, false);
}

/// `NAME`: the name a definition introduces. Reports an error if there is none.
pub(crate) fn name(p: &mut Parser<'_>) {
    name_r(p, TokenSet::EMPTY);
}

/// `NAME`, with error recovery that stops at `recovery`.
pub(crate) fn name_r(p: &mut Parser<'_>, recovery: TokenSet) {
    if p.at(IDENT) {
        let m = p.start();
        p.bump(IDENT);
        m.complete(p, NAME);
    } else {
        p.err_recover("expected a name", recovery);
    }
}

/// `NAME_REF`: a use of a name (an identifier, or `self`, `super`, `crate`, `Self` in paths).
pub(crate) fn name_ref(p: &mut Parser<'_>) {
    if p.at(IDENT) {
        let m = p.start();
        p.bump(IDENT);
        m.complete(p, NAME_REF);
    } else {
        p.err_and_bump("expected an identifier");
    }
}

/// `NAME_REF` of a field: an identifier or a tuple index.
pub(crate) fn name_ref_or_index(p: &mut Parser<'_>) {
    if p.at(IDENT) || p.at(INT_NUMBER) {
        let m = p.start();
        p.bump_any();
        m.complete(p, NAME_REF);
    } else {
        p.err_and_bump("expected a field name or a number");
    }
}

/// `LIFETIME`: `'a`, `'static`, `'_`.
pub(crate) fn lifetime(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(LIFETIME_IDENT);
    m.complete(p, LIFETIME);
}

/// `TOKEN_TREE`: a delimited group of tokens, kept unparsed (macro arguments, attribute
/// arguments, `macro_rules!` bodies). Nested groups are nodes too. Iterative: no nesting limit
/// is needed here. An unclosed group ends at the end of input with an error; a stray closing
/// delimiter of another kind ends the group it does not match.
pub(crate) fn token_tree(p: &mut Parser<'_>) {
    debug_assert!(matches!(p.current(), T!['('] | T!['['] | T!['{']));
    let mut open: Vec<(Marker, SyntaxKind)> = Vec::new();
    loop {
        match p.current() {
            kind @ (T!['('] | T!['['] | T!['{']) => {
                let m = p.start();
                p.bump_any();
                open.push((m, closing(kind)));
            }
            kind @ (T![')'] | T![']'] | T!['}']) => {
                let Some((m, expected)) = open.pop() else { return };
                if kind == expected {
                    p.bump_any();
                } else {
                    p.error(format!("expected {}", crate::parser::describe(expected)));
                }
                m.complete(p, TOKEN_TREE);
                if open.is_empty() {
                    return;
                }
            }
            EOF => {
                while let Some((m, expected)) = open.pop() {
                    p.error(format!("unclosed delimiter: expected {}", crate::parser::describe(expected)));
                    m.complete(p, TOKEN_TREE);
                }
                return;
            }
            _ => p.bump_any(),
        }
    }
}

fn closing(open: SyntaxKind) -> SyntaxKind {
    match open {
        T!['('] => T![')'],
        T!['['] => T![']'],
        _ => T!['}'],
    }
}

/// A delimited, separated list: `bra (element delim)* element? ket`, as in `(a, b, c)`.
/// `element` returns whether it parsed something; when it did not and the current token is not
/// in `first`, the token is skipped with `unexpected`, so the loop always makes progress.
pub(crate) fn delimited(
    p: &mut Parser<'_>,
    bra: SyntaxKind,
    ket: SyntaxKind,
    delim: SyntaxKind,
    unexpected: &str,
    first: TokenSet,
    mut element: impl FnMut(&mut Parser<'_>) -> bool,
) {
    p.bump(bra);
    while !p.at(ket) && !p.at(EOF) {
        if p.at(delim) {
            // A missing element, such as in `(a,,b)`.
            let m = p.start();
            p.error(unexpected);
            p.bump(delim);
            m.complete(p, ERROR);
            continue;
        }
        if !element(p) {
            if !p.at_ts(first) {
                if p.at(T!['{']) || p.at(T!['}']) {
                    break;
                }
                p.err_and_bump(unexpected);
                continue;
            }
            break;
        }
        if !p.eat(delim) {
            if p.at_ts(first) {
                p.error(format!("expected {}", crate::parser::describe(delim)));
            } else {
                break;
            }
        }
    }
    p.expect(ket);
}

/// A rule that parses one `{}`-delimited node on its own, for incremental reparsing.
pub(crate) type Reparser = fn(&mut Parser<'_>);

/// The rule that parses a node of kind `kind` (whose parent has kind `parent`) on its own, if
/// the node's parse never depends on what surrounds it. Such a node starts with `{` and ends with
/// the matching `}`.
pub(crate) fn reparser(kind: SyntaxKind, parent: Option<SyntaxKind>) -> Option<Reparser> {
    let reparser: Reparser = match kind {
        TOKEN_TREE => token_tree,
        STMT_LIST => expressions::reparsers::stmt_list,
        MATCH_ARM_LIST => expressions::reparsers::match_arm_list,
        ITEM_LIST => items::reparsers::item_list,
        EXTERN_ITEM_LIST => items::reparsers::extern_item_list,
        ASSOC_ITEM_LIST if parent == Some(TRAIT) => items::reparsers::trait_assoc_item_list,
        ASSOC_ITEM_LIST if parent == Some(IMPL) => items::reparsers::assoc_item_list,
        RECORD_FIELD_LIST => items::reparsers::record_field_list,
        VARIANT_LIST => items::reparsers::variant_list,
        USE_TREE_LIST => items::reparsers::use_tree_list,
        _ => return None,
    };
    Some(reparser)
}

/// Runs `reparser` over the whole `input`. `None` if it does not consume exactly all of it
/// into a single node.
pub(crate) fn reparse(reparser: Reparser, input: &Input, edition: Edition) -> Option<Output> {
    let mut p = Parser::new(input, edition);
    reparser(&mut p);
    if !p.at(EOF) {
        return None;
    }
    let output = p.finish();
    output.is_single_tree().then_some(output)
}

/// An `ERROR` node around a `{ ... }` group that is not valid where it is.
pub(crate) fn error_block(p: &mut Parser<'_>, message: &str) {
    debug_assert!(p.at(T!['{']));
    let m = p.start();
    p.error(message);
    token_tree(p);
    m.complete(p, ERROR);
}
