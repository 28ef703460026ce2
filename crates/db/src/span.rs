//! Spans: where each token of an expansion comes from, its hygiene, and the maps between an
//! expansion's text and the text it was made from (issue 4, point 1).
//!
//! Name resolution expands macros over the summaries' tokens, which carry no spans (`()`), so
//! that the work done for every call stays small and no result of resolution changes when text
//! only moves. Spans are computed when a consumer asks for them: [`expansion_with_spans`] runs
//! the same expander ([`crate::macros::expand_call`]) over tokens read from the syntax trees,
//! each with a [`Span`], and parses the result; its tokens are those of
//! [`crate::expand::expand_from`], token for token (a test checks it on the corpus).
//!
//! A [`Span`] is a range relative to the start of an item (the [`SpanAnchor`]: the item's
//! pre-order index in a fragment), never an offset in a file, so an edit elsewhere in the file
//! leaves it equal; [`original_range`] turns it into a file range through the side maps
//! (`item_positions` for a file, the span map of the expansion for a macro's fragment). A token
//! that passes through an expansion keeps the span it was written with: only the tokens a
//! definition writes and the tokens a built-in or procedural macro makes up get spans in the
//! definition or at the call.
//!
//! Hygiene: every span has a [`SyntaxContext`], the chain of expansions ([`Mark`]s) whose
//! definitions wrote the token. `macro_rules!` marks the tokens its rules write as
//! semi-transparent (a local variable or label it introduces is not the call site's), `macro`
//! 2.0, built-ins, derives and procedural macros as opaque. Two identifiers name the same local
//! variable when their texts and whole contexts are equal; items compare the contexts with the
//! semi-transparent marks removed ([`SyntaxContext::for_items`]). `$crate` is resolved by the
//! crate of the definition, as before.
//!
//! A procedural macro sees its input's tokens numbered ([`sem_sources::TokenId`]); a token of
//! its output that carries an input's number gets that token's span, any other the call site
//! (an attribute macro's output is all at the call site: its input is read from the summary).
//! A lifetime's name shares the span of its `'`, shifted by one character.

#[cfg(test)]
mod tests;

use std::{borrow::Cow, cell::RefCell, sync::Arc};

use rustc_hash::FxHashMap;
use sem_expand::MacroRules;
use sem_sources::TokenStream;
use sem_syntax::{
    Parse, SyntaxNode, TextRange, TextSize, TopEntryPoint,
    ast::{self, AstNode},
    token_tree::{Subtree, syntax_to_token_tree, token_tree_to_syntax},
};

use crate::diagnostics::DiagnosticKind;
use crate::{
    Db,
    expansion::{CallKind, CallPosition, ExpansionPoint, ExpnId, ExpnSite, expansion_point, locate_tokens},
    ids::{ItemIndex, LocalMacroIndex},
    inner_calls::InnerCallKind,
    inputs::SourceFile,
    items::{MACRO_INPUT, item_positions, summarize_macro_items_with_positions},
    macros::{CallTokens, Expanded, MacroSource, Transparency, expand_call, parse_definition},
    syntax_tree::parse,
};

/// The item a span is relative to: item `item` (pre-order index) of `fragment`'s fragment,
/// which is a file's text or an expansion's.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct SpanAnchor {
    pub fragment: ExpnId,
    pub item: ItemIndex,
}

/// Where a token comes from: a range of its anchor item's text, relative to the item's start,
/// and its hygiene.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Span {
    pub anchor: SpanAnchor,
    pub range: TextRange,
    pub ctx: SyntaxContext,
}

/// The hygiene of a token: the expansions whose definitions wrote it, innermost last.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum SyntaxContext {
    /// Written in a file, by no macro.
    Root,
    /// Written by the definition of the macro of `Mark::expn`, on top of `Mark::parent`.
    Marked(Mark),
}

/// One expansion's mark on a context.
///
/// Interned with `revisions = usize::MAX`: spans hold marks, and a span kept by a consumer
/// across revisions must not see its mark reclaimed and its id reused for another.
#[salsa::interned(unsafe(no_lifetime), revisions = usize::MAX, debug)]
pub struct Mark {
    /// The context the definition's token had.
    #[returns(copy)]
    pub parent: SyntaxContext,
    /// The expansion that wrote the token.
    #[returns(copy)]
    pub expn: ExpnId,
    #[returns(copy)]
    pub transparency: Transparency,
}

impl SyntaxContext {
    /// The context with `expn`'s mark on top.
    pub fn marked(self, db: &dyn Db, expn: ExpnId, transparency: Transparency) -> SyntaxContext {
        SyntaxContext::Marked(Mark::new(db, self, expn, transparency))
    }

    /// The marks, outermost (the first expansion) first.
    pub fn marks(self, db: &dyn Db) -> Vec<Mark> {
        let mut marks = Vec::new();
        let mut current = self;
        while let SyntaxContext::Marked(mark) = current {
            marks.push(mark);
            current = mark.parent(db);
        }
        marks.reverse();
        marks
    }

    /// The context that items are looked up in: the opaque marks alone, since a
    /// `macro_rules!` macro's items belong to its call site while a `macro`'s do not.
    pub fn for_items(self, db: &dyn Db) -> SyntaxContext {
        self.marks(db)
            .into_iter()
            .filter(|mark| mark.transparency(db) == Transparency::Opaque)
            .fold(SyntaxContext::Root, |ctx, mark| ctx.marked(db, mark.expn(db), Transparency::Opaque))
    }
}

/// A range of a file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct FileRange {
    pub file: SourceFile,
    pub range: TextRange,
}

/// An expansion with spans, parsed.
#[derive(Debug)]
pub enum SpannedExpansion {
    /// Tokens, parsed as items.
    Tokens {
        /// The tokens parsed as items; its text is the tokens with single spaces between.
        parse: Parse<SyntaxNode>,
        /// The span of every token of the parse's text, ordered by range.
        span_map: Vec<(TextRange, Span)>,
        /// The range of every item in the text, in the pre-order of the fragment's summary.
        item_ranges: Vec<TextRange>,
    },
    /// `include!`: the fragment is that file's items.
    Included { file: SourceFile },
}

impl SpannedExpansion {
    /// The span of the token at `range` of the expansion's text: the token that holds its
    /// start. A range inside a token (half of a lifetime) gets that part of the token's span
    /// when the token was written as it is, the whole span otherwise.
    pub fn span_at(&self, range: TextRange) -> Option<Span> {
        let SpannedExpansion::Tokens { span_map, .. } = self else { return None };
        let (token, span) = token_at(span_map, range.start())?;
        Some(sub_span(token, span, range))
    }
}

/// The entry of `span_map` whose token holds `offset` (or starts there).
fn token_at(span_map: &[(TextRange, Span)], offset: TextSize) -> Option<(TextRange, Span)> {
    let after = span_map.partition_point(|(range, _)| range.start() <= offset);
    let (range, span) = *span_map.get(after.checked_sub(1)?)?;
    (range.contains_inclusive(offset)).then_some((range, span))
}

/// The part `part` of the token at `token` whose span is `span`.
fn sub_span(token: TextRange, span: Span, part: TextRange) -> Span {
    if token == part || span.range.len() != token.len() {
        return span;
    }
    let start = span.range.start() + (part.start() - token.start());
    let end = (start + part.len()).min(span.range.end());
    Span { range: TextRange::new(start, end), ..span }
}

/// The expansion of the macro call `expn` with spans (see the module's documentation), or why
/// it failed; `Ok(None)` when `expn` is no call.
///
/// `no_eq`: the value holds a syntax tree and is asked for by consumers, never by resolution,
/// so comparing it would spare nothing; `lru`: like `parse`, its trees are the largest values,
/// and one evicted is computed again when asked.
#[salsa::tracked(returns(ref), no_eq, lru = 64)]
pub fn expansion_with_spans(
    db: &dyn Db,
    expn: ExpnId,
) -> Result<Option<SpannedExpansion>, crate::diagnostics::MacroError> {
    // Each expansion reads its parent's: compute the enclosing expansions first, outermost
    // first, so that asking for one 1,000 expansions deep never nests 1,000 queries on the
    // stack (nothing is evicted within a revision, so each finds its parent's done).
    let mut enclosing = Vec::new();
    let mut current = expn.parent(db);
    while let Some(parent) = current {
        if let Some(ExpansionPoint::MacroCall { .. }) = expansion_point(db, parent) {
            enclosing.push(parent);
        }
        current = parent.parent(db);
    }
    for &parent in enclosing.iter().rev() {
        let _ = expansion_with_spans(db, parent);
    }
    let Some(tokens) = SpannedTokens::new(db, expn) else { return Ok(None) };
    let edition = expn.krate(db).data(db).edition;
    let inner = match expansion_point(db, expn) {
        Some(ExpansionPoint::MacroCall { position: CallPosition::Inner(kind), .. }) => Some(*kind),
        _ => None,
    };
    match expand_call(db, expn, &tokens)? {
        None => Ok(None),
        Some(Expanded::Items { file, .. }) => Ok(Some(SpannedExpansion::Included { file })),
        Some(Expanded::Tokens { tokens, .. }) => {
            let entry = match inner {
                None | Some(InnerCallKind::Items) => TopEntryPoint::MacroItems,
                Some(InnerCallKind::Expr) => TopEntryPoint::Expr,
                Some(InnerCallKind::Stmts) => TopEntryPoint::MacroStmts,
                Some(InnerCallKind::Pat) => TopEntryPoint::Pattern,
                Some(InnerCallKind::Type) => TopEntryPoint::Type,
            };
            let (parse, span_map) = token_tree_to_syntax(&tokens, entry, edition);
            // The expansion of a call inside an item is one item for the calls inside it.
            let item_ranges = match inner {
                Some(_) => vec![parse.syntax_node().text_range()],
                None => summarize_macro_items_with_positions(&parse.syntax_node(), &[], edition).1.ranges,
            };
            // The token tree is not kept: the parse and its span map say the same, in less
            // memory ([`spans_agree_with_expansion`] expands again to compare it).
            drop(tokens);
            Ok(Some(SpannedExpansion::Tokens { parse, span_map, item_ranges }))
        }
    }
}

/// The `macro_rules!` or `macro` definition at item `item` of `expansion`'s fragment (or the
/// `macro_rules!` `local` inside it), parsed from the syntax tree with spans: [`crate::macros::macro_definition`] with positions, parsed
/// once for every call that asks for spans.
///
/// `no_eq`: a parsed definition is not compared (the tokens it comes from already were, in the
/// item summary); `lru = 64`: consumers ask for few at a time, and one evicted is parsed again.
#[salsa::tracked(returns(ref), no_eq, lru = 64)]
pub fn macro_definition_with_spans(
    db: &dyn Db,
    expansion: ExpnId,
    item: ItemIndex,
    local: Option<LocalMacroIndex>,
) -> Result<Arc<MacroRules<Span>>, String> {
    let edition = expansion.krate(db).data(db).edition;
    let (is_macro_2, body) = macro_definition_tokens(db, expansion, item, local).as_ref().map_err(Clone::clone)?;
    parse_definition(*is_macro_2, body, edition)
}

/// The tokens of the `macro_rules!` or `macro` definition at item `item` of `expansion`'s
/// fragment, with spans, and whether it is a `macro`: what [`macro_definition_with_spans`]
/// parses.
///
/// Compared: its spans are relative to the definition, so after an edit elsewhere in its file
/// it is equal, and the definition is not parsed again nor any expansion that uses it redone.
#[salsa::tracked(returns(ref))]
pub(crate) fn macro_definition_tokens(
    db: &dyn Db,
    expansion: ExpnId,
    item: ItemIndex,
    local: Option<LocalMacroIndex>,
) -> Result<(bool, Subtree<Span>), String> {
    let (node, spans) = item_node(db, expansion, item).ok_or("the definition is gone")?;
    let node = match local {
        Some(local) => crate::inner_calls::local_macro_rules(&node)
            .into_iter()
            .nth(local.index())
            .map(|rules| rules.syntax().clone())
            .ok_or("the definition is gone")?,
        None => node,
    };
    let to_tree = |node: &SyntaxNode| syntax_to_token_tree(node, MACRO_INPUT, |range| spans.span(range));
    if let Some(rules) = ast::MacroRules::cast(node.clone()) {
        let body = rules.token_tree().ok_or("the definition is invalid: no body")?;
        return Ok((false, to_tree(body.syntax())));
    }
    // A `macro`: its groups after the name side by side, as the item summary keeps them.
    let mut body = empty(spans.span(TextRange::empty(node.text_range().start())));
    for group in crate::items::macro_def_groups(&node) {
        body.token_trees.extend(to_tree(&group).token_trees);
    }
    Ok((true, body))
}

/// Whether [`expansion_with_spans`] agrees with [`crate::expand::expand_from`] on `expn`, the invariant
/// spans rest on: the same tokens, the same included file, or the same failure; `Err` says how
/// they differ.
pub fn spans_agree_with_expansion(db: &dyn Db, expn: ExpnId) -> Result<(), String> {
    // The token tree with spans, which `expansion_with_spans` does not keep.
    let spanned_tokens = SpannedTokens::new(db, expn).map(|tokens| expand_call(db, expn, &tokens));
    match (expansion_with_spans(db, expn), crate::macros::expand_from(db, expn)) {
        (Ok(Some(SpannedExpansion::Tokens { .. })), Ok(Some(Expanded::Tokens { tokens: unspanned, .. }))) => {
            let Some(Ok(Some(Expanded::Tokens { tokens, .. }))) = spanned_tokens else {
                return Err("expanding again with spans gave no tokens".to_owned());
            };
            if tokens.map_spans(|_| ()) == unspanned {
                Ok(())
            } else {
                Err(format!(
                    "other tokens with spans: {}
than without: {}",
                    tokens.to_text(),
                    unspanned.to_text()
                ))
            }
        }
        (Ok(Some(SpannedExpansion::Included { file })), Ok(Some(Expanded::Items { file: unspanned, .. })))
            if *file == unspanned =>
        {
            Ok(())
        }
        (Ok(None), Ok(None)) => Ok(()),
        (Err(failure), Err(unspanned)) if failure.message() == unspanned.message() => Ok(()),
        (with, without) => Err(format!("with spans {with:?}, without {without:?}")),
    }
}

/// How the text of a fragment is found.
enum FragmentText<'db> {
    /// A file (a crate root, a module, or what `include!` names), with the items' ranges.
    File { file: SourceFile, edition: sem_sources::Edition, item_ranges: &'db [TextRange] },
    /// A macro's expansion.
    Expansion(&'db SpannedExpansion),
}

fn fragment_text(db: &dyn Db, fragment: ExpnId) -> Option<FragmentText<'_>> {
    let edition = fragment.krate(db).data(db).edition;
    let file = match expansion_point(db, fragment) {
        Some(ExpansionPoint::MacroCall { .. }) => match expansion_with_spans(db, fragment).as_ref().ok()?.as_ref()? {
            SpannedExpansion::Included { file } => *file,
            expansion => return Some(FragmentText::Expansion(expansion)),
        },
        _ => locate_tokens(db, fragment)?.file,
    };
    Some(FragmentText::File { file, edition, item_ranges: &item_positions(db, file, edition).ranges })
}

/// Where the spans of an item of a file start: its first token that is not a comment or
/// whitespace. An item's range takes in the comments above it, and spans must not move when
/// those are edited.
fn anchor_start(db: &dyn Db, file: SourceFile, edition: sem_sources::Edition, item: TextRange) -> TextSize {
    let tokens = crate::lex::tokens(db, file, edition);
    let (mut low, mut high) = (0, tokens.len());
    while low < high {
        let middle = (low + high) / 2;
        if tokens.range(middle).start() < item.start() {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    (low..tokens.len())
        .take_while(|index| tokens.range(*index).start() < item.end())
        .find(|index| !tokens.kind(*index).is_trivia())
        .map_or(item.start(), |index| tokens.range(index).start())
}

/// The range of the file that `span` stands for: its start and its end followed through the
/// expansions that wrote them, joined when they end in the same file in order (else the start
/// alone). `None` when an anchor is gone (an item removed since the span was made).
pub fn original_range(db: &dyn Db, span: Span) -> Option<FileRange> {
    let start = original_offset(db, span.anchor, span.range.start(), false)?;
    match original_offset(db, span.anchor, span.range.end(), true) {
        Some(end) if end.0 == start.0 && end.1 >= start.1 => {
            Some(FileRange { file: start.0, range: TextRange::new(start.1, end.1) })
        }
        _ => Some(FileRange { file: start.0, range: TextRange::empty(start.1) }),
    }
}

/// The file offset that `offset` (relative to `anchor`) stands for. Inside a token written as
/// it is, an offset keeps its place in the token; inside a token made up at a call, it goes to
/// the call's start (or its end, for `is_end`). Each step goes one expansion up, so the walk
/// ends within the crate's recursion limit; the count of steps is bounded all the same.
fn original_offset(db: &dyn Db, anchor: SpanAnchor, offset: TextSize, is_end: bool) -> Option<(SourceFile, TextSize)> {
    let (mut anchor, mut offset) = (anchor, offset);
    for _ in 0..=crate::macros::MAX_RECURSION_LIMIT + 1 {
        match fragment_text(db, anchor.fragment)? {
            FragmentText::File { file, edition, item_ranges } => {
                let start = anchor_start(db, file, edition, *item_ranges.get(anchor.item.index())?);
                return Some((file, start + offset));
            }
            FragmentText::Expansion(expansion) => {
                let SpannedExpansion::Tokens { span_map, item_ranges, .. } = expansion else { return None };
                let absolute = item_ranges.get(anchor.item.index())?.start() + offset;
                // The end of a token belongs to that token, not to the one that may touch it.
                let probe =
                    if is_end && absolute > TextSize::from(0) { absolute - TextSize::from(1) } else { absolute };
                let (token, span) = token_at(span_map, probe)?;
                offset = if span.range.len() == token.len() {
                    span.range.start() + (absolute - token.start())
                } else if is_end {
                    span.range.end()
                } else {
                    span.range.start()
                };
                anchor = span.anchor;
            }
        }
    }
    None
}

/// The ranges of `expn`'s expansion text whose tokens come from `range` of `file`: where the
/// tokens of a call's arguments went (or a definition's). Each token of the expansion is
/// followed up to its file, so this costs the expansion's tokens times its depth.
pub fn ranges_in_expansion(db: &dyn Db, expn: ExpnId, file: SourceFile, range: TextRange) -> Vec<TextRange> {
    let Ok(Some(SpannedExpansion::Tokens { span_map, .. })) = expansion_with_spans(db, expn) else {
        return Vec::new();
    };
    span_map
        .iter()
        .filter(|(_, span)| {
            original_range(db, *span)
                .is_some_and(|original| original.file == file && range.contains_range(original.range))
        })
        .map(|(token, _)| *token)
        .collect()
}

/// The tokens of `expn`'s expansion, one a line: the text, the file range it comes from, and
/// its marks (`m!` for a `macro_rules!` expansion, `m!#` for an opaque one); for snapshot tests
/// and tools.
pub fn dump_expansion_spans(db: &dyn Db, expn: ExpnId) -> String {
    use std::fmt::Write as _;
    let (parse, span_map) = match expansion_with_spans(db, expn) {
        Ok(Some(SpannedExpansion::Tokens { parse, span_map, .. })) => (parse, span_map),
        Ok(Some(SpannedExpansion::Included { file })) => return format!("included {}", file.path(db).path.as_str()),
        Ok(None) => return "not a macro call".to_owned(),
        Err(failure) => return format!("error: {failure}"),
    };
    let text = parse.syntax_node().text().to_string();
    let mut out = String::new();
    for (token, span) in span_map {
        let origin = match original_range(db, *span) {
            Some(FileRange { file, range }) => {
                let path = file.path(db).path.as_str().to_owned();
                let original = file.text(db).get().get(std::ops::Range::<usize>::from(range)).unwrap_or("?");
                if original.chars().count() > 24 {
                    let start: String = original.chars().take(20).collect();
                    format!("{path}:{range:?} {start:?}…")
                } else {
                    format!("{path}:{range:?} {original:?}")
                }
            }
            None => "?".to_owned(),
        };
        let marks: Vec<String> = span
            .ctx
            .marks(db)
            .into_iter()
            .map(|mark| {
                let name = match expansion_point(db, mark.expn(db)) {
                    Some(ExpansionPoint::MacroCall { path, .. }) => path.to_string(),
                    _ => "?".to_owned(),
                };
                let opaque = if mark.transparency(db) == Transparency::Opaque { "#" } else { "" };
                format!("{name}!{opaque}")
            })
            .collect();
        let ctx = if marks.is_empty() { "root".to_owned() } else { marks.join(" ") };
        let _ = writeln!(out, "{:<8} {origin} [{ctx}]", &text[*token]);
    }
    out
}

/// The tokens of a call, read from the syntax trees with spans.
struct SpannedTokens<'db> {
    db: &'db dyn Db,
    expn: ExpnId,
    /// The whole call, with the context of its first token.
    call_site: Span,
    /// The marks made so far, by the context and transparency they mark.
    marks: RefCell<FxHashMap<(SyntaxContext, Transparency), SyntaxContext>>,
    /// The spans of the tokens handed to a procedural macro, by their `TokenId`.
    proc_macro_spans: RefCell<Vec<Span>>,
}

impl<'db> SpannedTokens<'db> {
    fn new(db: &'db dyn Db, expn: ExpnId) -> Option<SpannedTokens<'db>> {
        let parent = expn.parent(db)?;
        if let ExpnSite::Inner { item, call } = expn.site(db) {
            let call_site = inner_call_inputs(db, parent, item).get(call.index())?.call_site;
            return Some(SpannedTokens {
                db,
                expn,
                call_site,
                marks: RefCell::default(),
                proc_macro_spans: RefCell::default(),
            });
        }
        let Some(ExpansionPoint::MacroCall { item, kind, path, .. }) = expansion_point(db, expn) else { return None };
        let (node, spans) = item_node(db, parent, *item)?;
        let anchor = SpanAnchor { fragment: parent, item: *item };
        let base = match spans {
            NodeSpans::Relative { start, .. } => start,
            NodeSpans::Expansion(_) => node.text_range().start(),
        };
        // A call is the whole item; a derive or an attribute macro is its path in the item's
        // attributes, as rustc has it.
        let attribute_path = match kind {
            CallKind::Bang => None,
            CallKind::Derive | CallKind::Attribute => path.segments.last().and_then(|name| {
                node.children()
                    .filter(|child| child.kind() == sem_syntax::SyntaxKind::ATTR)
                    .flat_map(|attr| attr.descendants_with_tokens().filter_map(|element| element.into_token()))
                    .find(|token| token.kind() == sem_syntax::SyntaxKind::IDENT && token.text() == name.as_str())
                    .map(|token| token.text_range())
            }),
        };
        let first = node.first_token().map_or(TextRange::empty(node.text_range().start()), |token| token.text_range());
        let (range, ctx) = match attribute_path {
            Some(range) => (range.checked_sub(base).unwrap_or_default(), spans.span(range).ctx),
            None => (TextRange::new(0.into(), node.text_range().end() - base), spans.span(first).ctx),
        };
        let call_site = Span { anchor, range, ctx };
        Some(SpannedTokens { db, expn, call_site, marks: RefCell::default(), proc_macro_spans: RefCell::default() })
    }
}

impl CallTokens<Span> for SpannedTokens<'_> {
    fn call_args<'a>(&self, db: &'a dyn Db, expn: ExpnId) -> Option<Cow<'a, Subtree<Span>>> {
        let parent = expn.parent(db)?;
        let item = match (expn.site(db), expansion_point(db, expn)?) {
            (ExpnSite::Inner { item, call }, _) => {
                let input = inner_call_inputs(db, parent, item).get(call.index())?;
                return Some(Cow::Borrowed(&input.args));
            }
            (_, ExpansionPoint::MacroCall { item, .. }) => *item,
            _ => return None,
        };
        let (node, spans) = item_node(db, parent, item)?;
        let group = ast::MacroCall::cast(node.clone()).and_then(|call| call.token_tree());
        Some(Cow::Owned(match group {
            Some(group) => syntax_to_token_tree(group.syntax(), MACRO_INPUT, |range| spans.span(range)),
            None => empty(spans.span(TextRange::empty(node.text_range().end()))),
        }))
    }

    fn derive_input<'a>(&self, db: &'a dyn Db, parent: ExpnId, item: ItemIndex) -> Option<Cow<'a, Subtree<Span>>> {
        let (node, spans) = item_node(db, parent, item)?;
        Some(Cow::Owned(syntax_to_token_tree(&node, MACRO_INPUT, |range| spans.span(range))))
    }

    fn definition(&self, db: &dyn Db, source: MacroSource) -> Result<Arc<MacroRules<Span>>, String> {
        macro_definition_with_spans(db, source.expansion, source.item, source.local).clone()
    }

    fn call_site(&self) -> Span {
        self.call_site
    }

    fn mark(&self, span: Span, transparency: Transparency) -> Span {
        let ctx = *self
            .marks
            .borrow_mut()
            .entry((span.ctx, transparency))
            .or_insert_with(|| span.ctx.marked(self.db, self.expn, transparency));
        Span { ctx, ..span }
    }

    fn proc_macro_input(&self, tokens: &Subtree<Span>) -> TokenStream {
        let mut spans = self.proc_macro_spans.borrow_mut();
        spans.clear();
        crate::macros::number_tokens(tokens, &mut 0, |span| spans.push(span))
    }

    fn proc_macro_output(&self, tokens: &TokenStream) -> Subtree<Span> {
        let call_site = self.mark(self.call_site, Transparency::Opaque);
        let spans = self.proc_macro_spans.borrow();
        tokens.map_spans(|id| spans.get(id.0 as usize).copied().unwrap_or(call_site))
    }

    fn at_call_site(&self, tokens: &TokenStream) -> Subtree<Span> {
        let call_site = self.mark(self.call_site, Transparency::Opaque);
        tokens.map_spans(|_| call_site)
    }
}

/// An empty group with invisible delimiters.
fn empty(span: Span) -> Subtree<Span> {
    use sem_syntax::token_tree::{Delimiter, DelimiterKind};
    Subtree {
        delimiter: Delimiter { kind: DelimiterKind::Invisible, open: span, close: span },
        token_trees: Vec::new(),
    }
}

/// How the ranges of a fragment's text become spans.
pub(crate) enum NodeSpans<'db> {
    /// A file's: relative to the anchor item, which starts at `start`, in the root context.
    Relative { anchor: SpanAnchor, start: TextSize },
    /// An expansion's: the spans its tokens came with.
    Expansion(&'db SpannedExpansion),
}

impl NodeSpans<'_> {
    fn span(&self, range: TextRange) -> Span {
        match self {
            NodeSpans::Relative { anchor, start } => {
                Span { anchor: *anchor, range: range.checked_sub(*start).unwrap_or_default(), ctx: SyntaxContext::Root }
            }
            NodeSpans::Expansion(expansion) => {
                expansion.span_at(range).expect("every token of an expansion's text has a span")
            }
        }
    }
}

/// The syntax node of item `item` of `fragment`'s fragment: in its file's tree, or in the tree of
/// the macro expansion that made it (parsed with spans, so that each token's origin and
/// hygiene can be found); `None` when the fragment has no such item or the expansion failed.
pub fn item_syntax(db: &dyn Db, fragment: ExpnId, item: ItemIndex) -> Option<SyntaxNode> {
    item_node(db, fragment, item).map(|(node, _)| node)
}

/// The syntax node of item `item` of `fragment`'s fragment, and how its tokens' spans are
/// found.
pub(crate) fn item_node(db: &dyn Db, fragment: ExpnId, item: ItemIndex) -> Option<(SyntaxNode, NodeSpans<'_>)> {
    match fragment_text(db, fragment)? {
        FragmentText::File { file, edition, item_ranges } => {
            let range = *item_ranges.get(item.index())?;
            let root = parse(db, file, edition).syntax_node();
            let node = crate::items::node_with_range(&root, range)?;
            let start = anchor_start(db, file, edition, range);
            Some((node, NodeSpans::Relative { anchor: SpanAnchor { fragment, item }, start }))
        }
        FragmentText::Expansion(expansion) => {
            let SpannedExpansion::Tokens { parse, item_ranges, .. } = expansion else { return None };
            let root = parse.syntax_node();
            let range = *item_ranges.get(item.index())?;
            // The expansion of a call inside an item is one item: its whole tree.
            let node = if range == root.text_range() && root.kind() != sem_syntax::SyntaxKind::MACRO_ITEMS {
                root
            } else {
                crate::items::node_with_range(&root, range)?
            };
            Some((node, NodeSpans::Expansion(expansion)))
        }
    }
}

/// What a macro call inside an item is given, with spans: the call's span (its range in the
/// item, or the span of its first token in an expansion) and its delimited group.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct InnerCallInput {
    pub(crate) call_site: Span,
    pub(crate) args: Subtree<Span>,
}

/// The inputs of the macro calls inside item `item` of `fragment`'s fragment, in the order of
/// [`crate::expand::inner_macro_calls`]: what expanding each reads of the item.
///
/// Read once per item rather than once per call (each read walks the item). Compared: spans
/// are relative to the item, so an edit elsewhere in the file gives equal inputs and spares
/// every expansion of the item, and what lowers them. Runs again after any edit of the file,
/// as [`crate::expand::inner_calls`] does.
///
/// `lru = 2048`: the inputs are read while the item's owner is lowered, then only to check them
/// after an edit; holding every item's would hold the arguments of every call of a workspace.
/// One evicted is read again when asked for (and then compares as changed, so the item's calls
/// are expanded again).
#[salsa::tracked(returns(ref), lru = 2048)]
pub(crate) fn inner_call_inputs(db: &dyn Db, fragment: ExpnId, item: ItemIndex) -> Arc<[InnerCallInput]> {
    let Some((node, spans)) = item_node(db, fragment, item) else { return Arc::from([]) };
    crate::inner_calls::inner_macro_calls(&node)
        .into_iter()
        .map(|(call, _)| {
            let range = call.syntax().text_range();
            let args = match call.token_tree() {
                Some(group) => syntax_to_token_tree(group.syntax(), MACRO_INPUT, |range| spans.span(range)),
                None => empty(spans.span(TextRange::empty(range.end()))),
            };
            InnerCallInput { call_site: spans.span(range), args }
        })
        .collect()
}
