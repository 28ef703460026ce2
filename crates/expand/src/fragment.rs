//! Fragment specifiers (`$e:expr`): what each one is, which tokens it may start with (rustc's
//! `nonterminal_may_begin_with`), and how far it reaches from a position of the input: by hand
//! for `tt`, `ident`, `lifetime` and `literal`, with sem's parser for the others.

use sem_syntax::{
    Edition, Input, PrefixEntryPoint, Step, SyntaxKind,
    token_tree::{DelimiterKind, Leaf, Spacing},
};

use crate::{
    ExpandError,
    fuel::Meter,
    input::{FlatInput, FlatItem},
    tokens::Token,
};

/// A fragment specifier, with the edition rules of the definition applied: `pat` is
/// [`FragmentKind::PatParam`] before 2021, `expr` is [`FragmentKind::Expr2021`] before 2024.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FragmentKind {
    /// `item`
    Item,
    /// `block`
    Block,
    /// `stmt`: a statement without its trailing semicolon.
    Stmt,
    /// `pat` from edition 2021: top-level or-patterns included.
    Pat,
    /// `pat_param`, and `pat` before 2021: no top-level or-patterns.
    PatParam,
    /// `expr` from edition 2024: `_` and `const { ... }` included.
    Expr,
    /// `expr_2021`, and `expr` before 2024: neither `_` nor `const { ... }`.
    Expr2021,
    /// `ty`
    Ty,
    /// `ident`: an identifier or keyword (raw or not), but not `_`.
    Ident,
    /// `path`: a path in type style.
    Path,
    /// `tt`: one token or one delimited group.
    Tt,
    /// `meta`: the inside of an attribute.
    Meta,
    /// `lifetime`
    Lifetime,
    /// `vis`: a visibility, possibly empty.
    Vis,
    /// `literal`: a literal, possibly negated, or `true`/`false`.
    Literal,
}

impl FragmentKind {
    /// The kind a specifier names in a definition of `edition`.
    pub fn from_specifier(name: &str, edition: Edition) -> Option<FragmentKind> {
        let kind = match name {
            "item" => FragmentKind::Item,
            "block" => FragmentKind::Block,
            "stmt" => FragmentKind::Stmt,
            "pat" if edition >= Edition::Edition2021 => FragmentKind::Pat,
            "pat" | "pat_param" => FragmentKind::PatParam,
            "expr" if edition >= Edition::Edition2024 => FragmentKind::Expr,
            "expr" | "expr_2021" => FragmentKind::Expr2021,
            "ty" => FragmentKind::Ty,
            "ident" => FragmentKind::Ident,
            "path" => FragmentKind::Path,
            "tt" => FragmentKind::Tt,
            "meta" => FragmentKind::Meta,
            "lifetime" => FragmentKind::Lifetime,
            "vis" => FragmentKind::Vis,
            "literal" => FragmentKind::Literal,
            _ => return None,
        };
        Some(kind)
    }

    /// Whether a binding of this kind is transcribed as it was written (rustc forwards `tt`,
    /// `ident` and `lifetime` transparently) rather than as one group with invisible delimiters.
    pub fn is_transparent(self) -> bool {
        matches!(self, FragmentKind::Tt | FragmentKind::Ident | FragmentKind::Lifetime)
    }

    fn entry_point(self) -> Option<PrefixEntryPoint> {
        let entry = match self {
            FragmentKind::Item => PrefixEntryPoint::Item,
            FragmentKind::Block => PrefixEntryPoint::Block,
            FragmentKind::Stmt => PrefixEntryPoint::Stmt,
            FragmentKind::Pat => PrefixEntryPoint::PatTop,
            FragmentKind::PatParam => PrefixEntryPoint::Pat,
            FragmentKind::Expr | FragmentKind::Expr2021 => PrefixEntryPoint::Expr,
            FragmentKind::Ty => PrefixEntryPoint::Ty,
            FragmentKind::Path => PrefixEntryPoint::Path,
            FragmentKind::Meta => PrefixEntryPoint::MetaItem,
            FragmentKind::Vis => PrefixEntryPoint::Vis,
            FragmentKind::Tt | FragmentKind::Ident | FragmentKind::Lifetime | FragmentKind::Literal => return None,
        };
        Some(entry)
    }
}

/// Whether a fragment of `kind` may start with `token` (rustc's `nonterminal_may_begin_with`).
/// The matcher only tries a fragment where this holds, which is also what makes
/// `$($t:tt)* ;` ambiguous and `$v:vis` fail at the end of the input, as in rustc. A group
/// with invisible delimiters (a fragment forwarded from another macro) may start anything but
/// an identifier or a lifetime.
pub(crate) fn may_begin_with<S>(kind: FragmentKind, token: &Token<'_, S>, edition: Edition) -> bool {
    if let Token::Open(DelimiterKind::Invisible) = token {
        return !matches!(kind, FragmentKind::Ident | FragmentKind::Lifetime);
    }
    match kind {
        FragmentKind::Expr2021 => can_begin_expr(token, edition) && !token.is_ident("let") && !token.is_ident("const"),
        FragmentKind::Expr => (can_begin_expr(token, edition) || token.is_punct("_")) && !token.is_ident("let"),
        FragmentKind::Ty => can_begin_type(token, edition),
        FragmentKind::Ident => matches!(token, Token::Ident(ident) if ident.text != "_"),
        FragmentKind::Literal => match token {
            Token::Literal(_) => true,
            Token::Ident(_) => token.is_ident("true") || token.is_ident("false"),
            _ => token.is_punct("-"),
        },
        FragmentKind::Vis => {
            token.is_punct(",")
                || matches!(token, Token::Ident(_) | Token::Lifetime(_))
                || can_begin_type(token, edition)
        }
        FragmentKind::Block => matches!(token, Token::Open(DelimiterKind::Brace)),
        FragmentKind::Path | FragmentKind::Meta => matches!(token, Token::Ident(_)) || token.is_punct("::"),
        FragmentKind::Pat | FragmentKind::PatParam => match token {
            Token::Ident(_) | Token::Literal(_) => true,
            Token::Open(kind) => matches!(kind, DelimiterKind::Parenthesis | DelimiterKind::Bracket),
            Token::Punct(_) => {
                ["&", "-", "&&", "..", "...", "::", "<", "<<"].iter().any(|text| token.is_punct(text))
                    || (kind == FragmentKind::Pat && token.is_punct("|"))
            }
            _ => false,
        },
        FragmentKind::Lifetime => matches!(token, Token::Lifetime(_)),
        FragmentKind::Tt | FragmentKind::Item | FragmentKind::Stmt => !matches!(token, Token::Close(_) | Token::Eof),
    }
}

/// Whether `text` is a reserved identifier in `edition`: a strict or reserved keyword, or `_`.
fn is_reserved(text: &str, edition: Edition) -> bool {
    text == "_" || SyntaxKind::from_keyword(text, edition).is_some()
}

fn is_path_segment_keyword(text: &str) -> bool {
    matches!(text, "self" | "Self" | "super" | "crate" | "$crate")
}

/// rustc's `Token::can_begin_expr`.
fn can_begin_expr<S>(token: &Token<'_, S>, edition: Edition) -> bool {
    const KEYWORDS: [&str; 22] = [
        "async", "do", "box", "break", "const", "continue", "false", "for", "gen", "if", "let", "loop", "match",
        "move", "return", "true", "try", "unsafe", "while", "yield", "safe", "static",
    ];
    match token {
        Token::Ident(ident) => {
            ident.is_raw
                || !is_reserved(&ident.text, edition)
                || is_path_segment_keyword(&ident.text)
                || KEYWORDS.contains(&ident.text.as_str())
        }
        Token::Open(_) | Token::Literal(_) | Token::Lifetime(_) => true,
        Token::Punct(_) => ["!", "-", "*", "|", "||", "&", "&&", "..", "...", "..=", "<", "<<", "::", "#"]
            .iter()
            .any(|text| token.is_punct(text)),
        Token::Close(_) | Token::Eof => false,
    }
}

/// rustc's `Token::can_begin_type`.
fn can_begin_type<S>(token: &Token<'_, S>, edition: Edition) -> bool {
    const KEYWORDS: [&str; 7] = ["for", "impl", "fn", "unsafe", "extern", "typeof", "dyn"];
    match token {
        Token::Ident(ident) => {
            ident.is_raw
                || !is_reserved(&ident.text, edition)
                || is_path_segment_keyword(&ident.text)
                || KEYWORDS.contains(&ident.text.as_str())
        }
        Token::Open(kind) => matches!(kind, DelimiterKind::Parenthesis | DelimiterKind::Bracket),
        Token::Lifetime(_) => true,
        Token::Punct(_) => ["!", "*", "&", "&&", "?", "<", "<<", "::", "_"].iter().any(|text| token.is_punct(text)),
        Token::Literal(_) | Token::Close(_) | Token::Eof => false,
    }
}

/// How many parser tokens past the last one consumed a window must reach for the parse of a
/// prefix of the window to be the parse of a prefix of the whole group (the parser's lookahead
/// is a few tokens).
const WINDOW_MARGIN: usize = 8;

/// The first window of tokens handed to the parser; it grows fourfold until the fragment fits.
const FIRST_WINDOW: usize = 16;

/// Where a fragment of `kind` starting at `start` ends, or `None` if there is none there.
/// `group_end` is the end of the group `start` is in (its closing delimiter or the end of the
/// input). The tokens handed to the parser are charged to `meter`.
pub(crate) fn match_fragment<S: Copy>(
    kind: FragmentKind,
    input: &FlatInput<'_, S>,
    start: usize,
    group_end: usize,
    edition: Edition,
    meter: &mut Meter,
) -> Result<Option<usize>, ExpandError<S>> {
    let Some(entry) = kind.entry_point() else {
        return Ok(match_leaf_fragment(kind, input, start));
    };
    let mut window = FIRST_WINDOW;
    loop {
        let flat = FragmentInput::new(input, start, group_end, window, edition);
        let output = entry.parse(&flat.input, edition);
        let consumed = output.consumed_input_tokens();
        let has_errors = output.iter().any(|step| matches!(step, Step::Error { .. }));
        if !flat.complete && (has_errors || consumed + WINDOW_MARGIN > flat.input.len()) {
            // A window too small is charged whole; the windows grow geometrically, so this is
            // at most a constant times the tokens of the last one.
            meter.charge(flat.input.len() + 1)?;
            window = window.saturating_mul(4);
            continue;
        }
        if has_errors || (consumed == 0 && kind != FragmentKind::Vis) {
            meter.charge(flat.input.len() + 1)?;
            return Ok(None);
        }
        // A fragment found is charged for its tokens (the window beyond it is bounded by the
        // first window's size or a constant times the fragment's).
        meter.charge(consumed + 1)?;
        let mut end = if consumed == 0 { start } else { flat.ends[consumed - 1] };
        // An empty fragment (`vis`) takes a forwarded empty fragment whole: the empty group with
        // invisible delimiters that stands for it.
        if consumed == 0 {
            while let FlatItem::Open { subtree, close } = input.item(end) {
                if subtree.delimiter.kind != DelimiterKind::Invisible || close != end + 1 {
                    break;
                }
                end = close + 1;
            }
        }
        // Invisible delimiters are not parser tokens: a fragment that ends where a forwarded
        // fragment ends takes its closing delimiter too.
        while let FlatItem::Close { subtree } = input.item(end) {
            if subtree.delimiter.kind != DelimiterKind::Invisible || end >= group_end {
                break;
            }
            end += 1;
        }
        return Ok(is_balanced(input, start, end).then_some(end));
    }
}

/// `tt`, `ident`, `lifetime` and `literal`, which need no parser.
pub(crate) fn match_leaf_fragment<S: Copy>(
    kind: FragmentKind,
    input: &FlatInput<'_, S>,
    start: usize,
) -> Option<usize> {
    let token = input.token(start);
    match kind {
        FragmentKind::Tt => match (token, input.item(start)) {
            (_, FlatItem::Open { close, .. }) => Some(close + 1),
            (Token::Close(_) | Token::Eof, _) => None,
            _ => Some(start + token.len()),
        },
        FragmentKind::Ident => matches!(token, Token::Ident(ident) if ident.text != "_").then_some(start + 1),
        FragmentKind::Lifetime => matches!(token, Token::Lifetime(_)).then_some(start + 2),
        FragmentKind::Literal => match token {
            Token::Literal(_) => Some(start + 1),
            Token::Ident(_) if token.is_ident("true") || token.is_ident("false") => Some(start + 1),
            Token::Punct(_) if token.is_punct("-") => {
                matches!(input.token(start + 1), Token::Literal(_)).then_some(start + 2)
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether the positions `start..end` hold whole groups only.
fn is_balanced<S: Copy>(input: &FlatInput<'_, S>, start: usize, end: usize) -> bool {
    let mut depth = 0usize;
    for position in start..end {
        match input.item(position) {
            FlatItem::Open { .. } => depth += 1,
            FlatItem::Close { .. } => match depth.checked_sub(1) {
                Some(less) => depth = less,
                None => return false,
            },
            FlatItem::Leaf(_) => {}
            FlatItem::Eof => return false,
        }
    }
    depth == 0
}

/// A window of the flat input as the parser's input: at most `window` parser tokens from
/// `start`, never past `end`.
struct FragmentInput {
    input: Input,
    /// For each parser token, the flat position just after the items it was made of.
    ends: Vec<usize>,
    /// Whether the window reaches `end`.
    complete: bool,
}

impl FragmentInput {
    fn new<S: Copy>(
        flat: &FlatInput<'_, S>,
        start: usize,
        end: usize,
        window: usize,
        edition: Edition,
    ) -> FragmentInput {
        let mut input = Input::new();
        let mut ends = Vec::new();
        let mut position = start;
        while position < end && ends.len() < window {
            let item = flat.item(position);
            position += 1;
            match item {
                FlatItem::Leaf(Leaf::Ident(ident)) => {
                    push_ident(&mut input, &ident.text, ident.is_raw, edition);
                }
                FlatItem::Leaf(Leaf::Literal(literal)) => {
                    let text = literal.text.as_str();
                    let text = match text.strip_prefix('-') {
                        Some(positive) => {
                            input.push(SyntaxKind::MINUS);
                            input.was_joint();
                            ends.push(position);
                            positive
                        }
                        None => text,
                    };
                    match literal.kind {
                        SyntaxKind::FLOAT_NUMBER => input.push_float(text.ends_with('.')),
                        kind => input.push(kind),
                    }
                }
                FlatItem::Leaf(Leaf::Punct(punct)) => {
                    if punct.char == '\'' {
                        // `'` and the identifier after it are one lifetime token.
                        input.push(SyntaxKind::LIFETIME_IDENT);
                        if let FlatItem::Leaf(Leaf::Ident(_)) = flat.item(position) {
                            position += 1;
                        }
                    } else {
                        input.push(SyntaxKind::from_char(punct.char).unwrap_or(SyntaxKind::ERROR));
                        if punct.spacing == Spacing::Joint {
                            input.was_joint();
                        }
                    }
                }
                FlatItem::Open { subtree, .. } => match subtree.delimiter.kind {
                    DelimiterKind::Parenthesis => input.push(SyntaxKind::L_PAREN),
                    DelimiterKind::Brace => input.push(SyntaxKind::L_CURLY),
                    DelimiterKind::Bracket => input.push(SyntaxKind::L_BRACK),
                    DelimiterKind::Invisible => continue,
                },
                FlatItem::Close { subtree } => match subtree.delimiter.kind {
                    DelimiterKind::Parenthesis => input.push(SyntaxKind::R_PAREN),
                    DelimiterKind::Brace => input.push(SyntaxKind::R_CURLY),
                    DelimiterKind::Bracket => input.push(SyntaxKind::R_BRACK),
                    DelimiterKind::Invisible => continue,
                },
                FlatItem::Eof => break,
            }
            ends.push(position);
        }
        FragmentInput { input, ends, complete: position >= end }
    }
}

fn push_ident(input: &mut Input, text: &str, is_raw: bool, edition: Edition) {
    if is_raw {
        input.push_ident(text, edition);
    } else if text == "_" {
        input.push(SyntaxKind::UNDERSCORE);
    } else if let Some(keyword) = SyntaxKind::from_keyword(text, edition) {
        input.push(keyword);
    } else {
        input.push_ident(text, edition);
    }
}
