//! Incremental reparsing: the tree of an edited text, computed from the tree before the edit.
//!
//! Three strategies, tried in order; each is used only when it is sure to give exactly the tree
//! (and the errors) that parsing the new text from scratch would give:
//!
//! 1. **Relex one token.** The edit falls inside one token, and the new text lexes to the same
//!    token kinds everywhere (same contextual keywords, same whitespace shape). The parser sees
//!    kinds only, so its output is unchanged: the new tree is the old one with one token's
//!    text replaced. Lexer errors come from the new lexing, parser errors are shifted.
//! 2. **Reparse a `{}` group.** The smallest node around the edit that is delimited by curly
//!    braces and has a reparser (a block's statement list, an item list, a token tree...) is
//!    parsed again on its own. This is sound when the new text of the node lexes on its own to
//!    a `{` whose `}` is the node's last token, and the rule consumes exactly that: what comes
//!    before and after the braces cannot change, and the rule's result does not depend on its
//!    surroundings. Errors inside the braces are replaced, the ones after are shifted.
//! 3. Otherwise, **parse the whole text** again.

use rowan::{GreenNode, NodeOrToken};
use text_size::{TextRange, TextSize};

#[cfg(test)]
mod tests;

use crate::{
    Edition, LexedStr, Parse, SyntaxError, SyntaxKind, SyntaxNode, ast,
    build_tree::build_tree,
    grammar,
    green_cache::NodeCache,
    parse::parse_source_file,
    parser::{Input, is_skipped},
};

/// A text edit: replace `delete` with `insert`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indel {
    /// The range of the old text to replace (possibly empty, for an insertion).
    pub delete: TextRange,
    /// The text to put in its place (possibly empty, for a deletion).
    pub insert: String,
}

impl Indel {
    /// Applies the edit to `text`. The range must lie on character boundaries of `text`.
    pub fn apply(&self, text: &mut String) {
        text.replace_range(std::ops::Range::<usize>::from(self.delete), &self.insert);
    }

    fn delta(&self) -> i64 {
        self.insert.len() as i64 - i64::from(u32::from(self.delete.len()))
    }
}

/// How [`Parse::reparse`] arrived at the new tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReparseStrategy {
    /// One token was relexed and its text replaced.
    Token,
    /// One `{}`-delimited node was parsed again.
    Block,
    /// The whole text was parsed again.
    Full,
}

impl Parse<ast::SourceFile> {
    /// The parse of this tree's text after `edit`, equal to parsing the new text from scratch,
    /// but reusing the old tree where that is sound. `edition` must be the parse's edition.
    pub fn reparse(&self, edit: &Indel, edition: Edition) -> Parse<ast::SourceFile> {
        self.reparse_with_strategy(edit, edition).0
    }

    /// Like [`Parse::reparse`], and tells which strategy was used.
    pub fn reparse_with_strategy(&self, edit: &Indel, edition: Edition) -> (Parse<ast::SourceFile>, ReparseStrategy) {
        let root = self.syntax_node();
        let old_text = root.text().to_string();
        let in_bounds = edit.delete.end() <= TextSize::of(old_text.as_str())
            && old_text.is_char_boundary(edit.delete.start().into())
            && old_text.is_char_boundary(edit.delete.end().into());
        if in_bounds {
            let mut new_text = old_text.clone();
            edit.apply(&mut new_text);
            if let Some(parse) = relex_token(self, &root, &old_text, &new_text, edit, edition) {
                return (parse, ReparseStrategy::Token);
            }
            if let Some(parse) = reparse_block(self, &root, edit, edition) {
                return (parse, ReparseStrategy::Block);
            }
            return (parse_source_file(&new_text, edition), ReparseStrategy::Full);
        }
        // An edit outside the text is clamped to it, as an editor would.
        let end = TextSize::of(old_text.as_str());
        let clamp = |offset: TextSize| {
            let mut offset = usize::from(offset.min(end));
            while !old_text.is_char_boundary(offset) {
                offset -= 1;
            }
            TextSize::try_from(offset).unwrap_or(end)
        };
        let delete = TextRange::new(clamp(edit.delete.start()), clamp(edit.delete.end()));
        let mut new_text = old_text;
        Indel { delete, insert: edit.insert.clone() }.apply(&mut new_text);
        (parse_source_file(&new_text, edition), ReparseStrategy::Full)
    }
}

fn relex_token(
    parse: &Parse<ast::SourceFile>,
    root: &SyntaxNode,
    old_text: &str,
    new_text: &str,
    edit: &Indel,
    edition: Edition,
) -> Option<Parse<ast::SourceFile>> {
    let token = root.covering_element(edit.delete).into_token()?;
    let old_range = token.text_range();
    // Whether the edit stays inside the token is checked below, on the new lexing: the token
    // must end up exactly where the edit puts its end.
    if !old_range.contains_range(edit.delete) {
        return None;
    }
    let kind = token.kind();
    if !matches!(
        kind,
        SyntaxKind::WHITESPACE
            | SyntaxKind::COMMENT
            | SyntaxKind::IDENT
            | SyntaxKind::LIFETIME_IDENT
            | SyntaxKind::INT_NUMBER
            | SyntaxKind::CHAR
            | SyntaxKind::BYTE
            | SyntaxKind::STRING
            | SyntaxKind::RAW_STRING
            | SyntaxKind::BYTE_STRING
            | SyntaxKind::RAW_BYTE_STRING
            | SyntaxKind::C_STRING
            | SyntaxKind::RAW_C_STRING
    ) {
        return None;
    }
    let old_lexed = LexedStr::new(old_text, edition);
    let new_lexed = LexedStr::new(new_text, edition);
    if old_lexed.len() != new_lexed.len() {
        return None;
    }
    let delta = edit.delta();
    let new_range = TextRange::new(old_range.start(), shift(old_range.end(), delta)?);
    // Every token must keep its kind, and the parser must see the same input.
    let old_index = (0..old_lexed.len()).find(|&i| old_lexed.text_range(i) == old_range)?;
    if new_lexed.text_range(old_index) != new_range {
        return None;
    }
    if old_lexed.kinds() != new_lexed.kinds() {
        return None;
    }
    if Input::from_lexed(&old_lexed) != Input::from_lexed(&new_lexed) {
        return None;
    }
    if kind == SyntaxKind::WHITESPACE && is_blank_line(token.text()) != is_blank_line(new_lexed.text(old_index)) {
        // A blank line decides whether a comment belongs to the item below it.
        return None;
    }
    let new_token = rowan::GreenToken::new(kind.into(), new_lexed.text(old_index));
    let green = token.replace_with(new_token);

    // Parser errors are the old errors that the old lexing does not explain.
    let mut lexer_errors: Vec<(TextRange, &str)> =
        old_lexed.errors().map(|(i, message)| (old_lexed.text_range(i), message)).collect();
    let mut errors = Vec::with_capacity(parse.errors().len());
    for error in parse.errors() {
        if let Some(found) =
            lexer_errors.iter().position(|&(range, message)| range == error.range() && message == error.message())
        {
            lexer_errors.swap_remove(found);
            continue;
        }
        let range = error.range();
        let moved = if range.end() <= old_range.start() {
            range
        } else if range == old_range {
            new_range
        } else if range.start() >= old_range.end() {
            TextRange::new(shift(range.start(), delta)?, shift(range.end(), delta)?)
        } else {
            return None;
        };
        errors.push(error.clone().with_range(moved));
    }
    for (i, message) in new_lexed.errors() {
        errors.push(SyntaxError::new(message, new_lexed.text_range(i)));
    }
    errors.sort_by_key(|error| error.range().start());
    Some(Parse::new(green, errors, parse.depth(), parse.nesting()))
}

fn reparse_block(
    parse: &Parse<ast::SourceFile>,
    root: &SyntaxNode,
    edit: &Indel,
    edition: Edition,
) -> Option<Parse<ast::SourceFile>> {
    let covering = match root.covering_element(edit.delete) {
        NodeOrToken::Node(node) => node,
        NodeOrToken::Token(token) => token.parent()?,
    };
    let (node, reparser) = covering.ancestors().find_map(|node| {
        let reparser = grammar::reparser(node.kind(), node.parent().map(|parent| parent.kind()))?;
        // The node must be a closed group: a node that recovery ended without its `}` may span
        // text that a fresh parse splits differently.
        let delimited = node.first_token()?.kind() == SyntaxKind::L_CURLY
            && node.last_child_or_token()?.as_token()?.kind() == SyntaxKind::R_CURLY;
        let range = node.text_range();
        let strictly_inside = range.start() < edit.delete.start() && edit.delete.end() < range.end();
        (delimited && strictly_inside).then_some((node, reparser))
    })?;
    let old_range = node.text_range();
    let mut text = node.text().to_string();
    Indel { delete: edit.delete - old_range.start(), insert: edit.insert.clone() }.apply(&mut text);
    let lexed = LexedStr::new_fragment(&text, edition);
    if !is_one_balanced_group(&lexed) {
        return None;
    }
    let input = Input::from_lexed(&lexed);
    let output = grammar::reparse(reparser, &input, edition)?;
    // In its place, the node starts at most `parse.nesting()` levels deep, so it nests at most
    // that much deeper than alone. Below the limit both ways, the nesting limit cuts nothing.
    let nesting = parse.nesting().saturating_add(output.max_nesting());
    if nesting >= crate::NESTING_LIMIT {
        return None;
    }
    let built = build_tree(&lexed, &output, &mut NodeCache::default());
    // The rule must have closed the node with its own `}`, or an inner rule went past it.
    let closed = built.green.children().last().and_then(|child| child.into_token()).map(|token| token.kind());
    if built.green.kind() != node.kind().into() || closed != Some(SyntaxKind::R_CURLY.into()) {
        return None;
    }
    let green: GreenNode = node.replace_with(built.green);

    let delta = edit.delta();
    let start = old_range.start();
    let mut errors: Vec<SyntaxError> = Vec::with_capacity(parse.errors().len() + built.errors.len());
    for error in parse.errors() {
        let range = error.range();
        if range.start() <= start {
            errors.push(error.clone());
        } else if range.start() >= old_range.end() {
            let moved = TextRange::new(shift(range.start(), delta)?, shift(range.end(), delta)?);
            errors.push(error.clone().with_range(moved));
        }
    }
    for error in built.errors {
        let range = error.range() + start;
        errors.push(error.with_range(range));
    }
    errors.sort_by_key(|error| error.range().start());
    let depth = parse.depth().max(node.ancestors().count() as u32 + built.depth);
    Some(Parse::new(green, errors, depth, nesting))
}

/// Whether the significant tokens are one `{ ... }` group in which every delimiter is closed by
/// its match: the first token is `{`, the last is the `}` that closes it. Recovery from
/// mismatched delimiters looks past the group, so such a group cannot be reparsed alone.
fn is_one_balanced_group(lexed: &LexedStr<'_>) -> bool {
    let mut open: Vec<SyntaxKind> = Vec::new();
    let mut significant = (0..lexed.len()).map(|i| lexed.kind(i)).filter(|&kind| !is_skipped(kind)).peekable();
    if significant.peek() != Some(&SyntaxKind::L_CURLY) {
        return false;
    }
    while let Some(kind) = significant.next() {
        match kind {
            SyntaxKind::L_CURLY | SyntaxKind::L_PAREN | SyntaxKind::L_BRACK => open.push(kind),
            SyntaxKind::R_CURLY | SyntaxKind::R_PAREN | SyntaxKind::R_BRACK => {
                let expected = match kind {
                    SyntaxKind::R_CURLY => SyntaxKind::L_CURLY,
                    SyntaxKind::R_PAREN => SyntaxKind::L_PAREN,
                    _ => SyntaxKind::L_BRACK,
                };
                if open.pop() != Some(expected) {
                    return false;
                }
                if open.is_empty() {
                    return significant.next().is_none();
                }
            }
            _ => {}
        }
    }
    false
}

fn shift(offset: TextSize, delta: i64) -> Option<TextSize> {
    let shifted = i64::from(u32::from(offset)) + delta;
    u32::try_from(shifted).ok().map(TextSize::from)
}

fn is_blank_line(whitespace: &str) -> bool {
    whitespace.bytes().filter(|&b| b == b'\n').nth(1).is_some()
}
