//! Token trees as text, for `stringify!` and for `assert!`'s message.
//!
//! rustc prints tokens with the spacing they had in the source (whether each token was
//! followed by whitespace). Token trees keep that only between punctuation characters, so the
//! spacing here is decided by rules that give rustfmt-formatted source back in the common
//! cases: no space inside `()` and `[]`, one inside `{ }`, none before `,` `;` `.` `?` `:`, none
//! around `.` `::` and ranges between operands, none after a prefix operator (`!x`, `-1`, `&mut
//! x`, `*p`), none between a name and the group of a call, an index or a macro call (`f(x)`,
//! `x[0]`, `vec![1]`), none inside generic brackets (`Vec<u8>`, `f::<T>()`, `impl<T>`), one
//! around binary operators. A `<` is taken for a generic bracket after `::`, after a name
//! starting with an uppercase letter, after the name of an item being defined (`fn f<T>`),
//! after `impl` and `for`, and where an operand is expected (`<T as Trait>::X`); elsewhere it
//! is a comparison. Closures' parameters are `|x|` where an operand is expected.

use sem_syntax::{
    Edition, SyntaxKind,
    token_tree::{DelimiterKind, Leaf, Spacing, TokenTree},
};

use crate::tokens;

/// A token as printed: operators glued as rustc glues them.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok<'a> {
    Ident { text: &'a str, raw: bool },
    Lifetime { text: &'a str, raw: bool },
    Literal(&'a str),
    Op(String),
    Open(DelimiterKind),
    Close(DelimiterKind),
}

/// A group being walked: its trees, the index of the next one, and its delimiters (none for
/// the top).
type WalkFrame<'a, S> = (&'a [TokenTree<S>], usize, Option<DelimiterKind>);

/// The tokens of `trees` in order, invisible delimiters left out, walked with a stack.
fn flatten<S>(trees: &[TokenTree<S>]) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut stack: Vec<WalkFrame<'_, S>> = vec![(trees, 0, None)];
    while let Some(frame) = stack.last_mut() {
        let (trees, index, kind) = *frame;
        let Some(tree) = trees.get(index) else {
            stack.pop();
            if let Some(kind) = kind.filter(|kind| *kind != DelimiterKind::Invisible) {
                out.push(Tok::Close(kind));
            }
            continue;
        };
        match tree {
            TokenTree::Subtree(subtree) => {
                frame.1 += 1;
                let kind = subtree.delimiter.kind;
                if kind != DelimiterKind::Invisible {
                    out.push(Tok::Open(kind));
                }
                stack.push((&subtree.token_trees, 0, Some(kind)));
            }
            TokenTree::Leaf(Leaf::Ident(ident)) => {
                frame.1 += 1;
                out.push(Tok::Ident { text: &ident.text, raw: ident.is_raw });
            }
            TokenTree::Leaf(Leaf::Literal(literal)) => {
                frame.1 += 1;
                out.push(Tok::Literal(&literal.text));
            }
            TokenTree::Leaf(Leaf::Punct(punct)) => {
                if punct.char == '\''
                    && punct.spacing == Spacing::Joint
                    && let Some(TokenTree::Leaf(Leaf::Ident(ident))) = trees.get(index + 1)
                {
                    frame.1 += 2;
                    out.push(Tok::Lifetime { text: &ident.text, raw: ident.is_raw });
                    continue;
                }
                let puncts = trees[index..].iter().map_while(|tree| match tree {
                    TokenTree::Leaf(Leaf::Punct(punct)) => Some(punct),
                    _ => None,
                });
                let token = tokens::glue::<S>(puncts).unwrap_or_else(|| tokens::PunctToken::single(punct.char));
                frame.1 += token.len();
                out.push(Tok::Op(token.text()));
            }
        }
    }
    out
}

/// What the previous token was, as far as spacing cares.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Class {
    /// Nothing printed yet.
    Start,
    Open(DelimiterKind),
    /// A `{` right after `::` (`use a::{b, c}`), whose group has no inner spaces.
    OpenTight,
    Close(DelimiterKind),
    /// An identifier that is not a strict keyword, a path keyword (`self`, `Self`, `super`,
    /// `crate`), `true`, `false` or `_`.
    Word {
        uppercase: bool,
    },
    /// A strict keyword.
    Keyword(String),
    Literal,
    Lifetime,
    /// An operator. `glue_after`: nothing goes between it and the next token (a prefix
    /// operator, `::`, `.`, a generic `<`...). `operand_end`: it ends an operand (a postfix `?`
    /// or a generic `>`). `generic_close`: a generic `>` that closes generic arguments (not the
    /// parameters of `impl` or `for`).
    Op {
        text: String,
        glue_after: bool,
        operand_end: bool,
        generic_close: bool,
    },
}

impl Class {
    /// Whether the token ends an operand, so that an operator after it is binary.
    fn ends_operand(&self) -> bool {
        match self {
            Class::Word { .. } | Class::Literal | Class::Lifetime | Class::Close(_) => true,
            Class::Op { operand_end, .. } => *operand_end,
            Class::Keyword(_) | Class::Start | Class::Open(_) | Class::OpenTight => false,
        }
    }

    /// Whether a space goes between this token and an ordinary next one.
    fn space_after(&self) -> bool {
        match self {
            Class::Start
            | Class::OpenTight
            | Class::Open(DelimiterKind::Parenthesis | DelimiterKind::Bracket | DelimiterKind::Invisible) => false,
            Class::Op { glue_after, .. } => !glue_after,
            _ => true,
        }
    }

    fn is_op(&self, text: &str) -> bool {
        matches!(self, Class::Op { text: op, .. } if op == text)
    }
}

/// The state of one group: how many generic `<` are open in it, and whether a closure's
/// parameter list is.
#[derive(Debug)]
struct Frame {
    kind: DelimiterKind,
    /// The generic `<` open in the group, innermost last: whether each opened the parameters
    /// of `impl` or of a `for` binder, after whose `>` a path needs a space (`impl<T> ::a::B`).
    generics: Vec<bool>,
    closure_params: bool,
    /// Braces after `::`, without inner spaces.
    tight: bool,
}

impl Frame {
    fn new(kind: DelimiterKind) -> Frame {
        Frame { kind, generics: Vec::new(), closure_params: false, tight: false }
    }
}

fn op(text: &str, glue_after: bool) -> Class {
    Class::Op { text: text.to_owned(), glue_after, operand_end: false, generic_close: false }
}

fn classify_ident(text: &str, raw: bool) -> Class {
    let strict = !raw
        && SyntaxKind::from_keyword(text, Edition::Edition2024)
            .is_some_and(|kind| kind.is_keyword(Edition::Edition2024));
    if strict && !matches!(text, "self" | "Self" | "super" | "crate" | "true" | "false") {
        Class::Keyword(text.to_owned())
    } else {
        Class::Word { uppercase: text.starts_with(|c: char| c.is_uppercase()) }
    }
}

/// The text of `trees`, spaced as the module documentation describes.
pub(crate) fn tokens_to_string<S>(trees: &[TokenTree<S>]) -> String {
    print(trees, false)
}

/// The text of `trees` on several lines: a line break after `{`, `;` and a `,` directly inside
/// braces, and before `}`, with indentation (for tests, whose snapshots must be read).
#[cfg(test)]
pub(crate) fn tokens_to_lines<S>(trees: &[TokenTree<S>]) -> String {
    print(trees, true)
}

fn print<S>(trees: &[TokenTree<S>], lines: bool) -> String {
    let toks = flatten(trees);
    let mut out = String::new();
    let mut frames = vec![Frame::new(DelimiterKind::Invisible)];
    let mut break_line = false;
    let mut prev = Class::Start;
    let mut before_prev = Class::Start;
    for (index, tok) in toks.iter().enumerate() {
        let next = toks.get(index + 1);
        let frame = frames.last_mut().expect("the top frame is never popped");
        let closes_tight = matches!(tok, Tok::Close(_)) && frame.tight;
        let (space, class) = match tok {
            Tok::Open(DelimiterKind::Brace) if prev.is_op("::") => (false, Class::OpenTight),
            Tok::Open(kind) => {
                let space = match (&prev, kind) {
                    (Class::Start | Class::Open(_), _) => prev.space_after(),
                    (_, DelimiterKind::Brace) => true,
                    (Class::Word { .. } | Class::Close(DelimiterKind::Parenthesis | DelimiterKind::Bracket), _) => {
                        false
                    }
                    (Class::Keyword(keyword), _) => !matches!(keyword.as_str(), "fn" | "pub"),
                    (Class::Op { generic_close: true, .. }, DelimiterKind::Parenthesis) => false,
                    _ => prev.space_after(),
                };
                (space, Class::Open(*kind))
            }
            Tok::Close(kind) => {
                let space = *kind == DelimiterKind::Brace && !frame.tight && prev != Class::Open(DelimiterKind::Brace);
                (space, Class::Close(*kind))
            }
            Tok::Ident { text, raw } => (prev.space_after(), classify_ident(text, *raw)),
            Tok::Lifetime { .. } => (prev.space_after(), Class::Lifetime),
            Tok::Literal(_) => (prev.space_after(), Class::Literal),
            Tok::Op(text) => {
                let prefix = !prev.ends_operand();
                match text.as_str() {
                    "," | ";" => (false, op(text, false)),
                    "." => (false, op(text, true)),
                    "?" if !prefix => (
                        false,
                        Class::Op { text: text.clone(), glue_after: false, operand_end: true, generic_close: false },
                    ),
                    "?" | "~" => (prev.space_after(), op(text, true)),
                    ":" => (prefix && prev.space_after(), op(text, false)),
                    "_" => (prev.space_after(), Class::Word { uppercase: false }),
                    "::" => {
                        let glued = matches!(prev, Class::Word { .. } | Class::Op { generic_close: true, .. });
                        (!glued && prev.space_after(), op(text, true))
                    }
                    "!" => {
                        if matches!(prev, Class::Word { .. })
                            && matches!(next, Some(Tok::Open(kind)) if *kind != DelimiterKind::Invisible)
                        {
                            let glue_after =
                                matches!(next, Some(Tok::Open(DelimiterKind::Parenthesis | DelimiterKind::Bracket)));
                            (false, op(text, glue_after))
                        } else if matches!(prev, Class::Word { .. }) && matches!(next, Some(Tok::Ident { .. })) {
                            // `macro_rules! name`.
                            (false, op(text, false))
                        } else if prev.is_op("#") {
                            (false, op(text, true))
                        } else {
                            (prev.space_after(), op(text, prefix))
                        }
                    }
                    "#" => {
                        let glue_after = matches!(next, Some(Tok::Open(DelimiterKind::Bracket)))
                            || matches!(next, Some(Tok::Op(next)) if next == "!");
                        (prev.space_after(), op(text, glue_after))
                    }
                    "$" => (prev.space_after(), op(text, matches!(next, Some(Tok::Ident { .. })))),
                    "-" | "*" | "&" | "&&" => {
                        if prefix {
                            (prev.space_after(), op(text, true))
                        } else {
                            (true, op(text, false))
                        }
                    }
                    "|" => {
                        if frame.closure_params {
                            frame.closure_params = false;
                            (false, op(text, false))
                        } else if prefix {
                            frame.closure_params = true;
                            (prev.space_after(), op(text, true))
                        } else {
                            (true, op(text, false))
                        }
                    }
                    ".." | "..=" | "..." => {
                        let space = !prev.ends_operand() && prev.space_after();
                        let glue_after = matches!(
                            next,
                            Some(
                                Tok::Ident { .. }
                                    | Tok::Literal(_)
                                    | Tok::Lifetime { .. }
                                    | Tok::Open(DelimiterKind::Parenthesis | DelimiterKind::Bracket)
                            )
                        );
                        (space, op(text, glue_after))
                    }
                    "<" | "<<" => {
                        let generic = prefix
                            || prev.is_op("::")
                            || matches!(prev, Class::Word { uppercase: true })
                            || matches!(&prev, Class::Keyword(keyword) if keyword == "impl" || keyword == "for")
                            || (matches!(prev, Class::Word { .. }) && defines_item(&before_prev));
                        if generic {
                            let binder =
                                matches!(&prev, Class::Keyword(keyword) if keyword == "impl" || keyword == "for");
                            frame.generics.push(binder);
                            if text.len() == 2 {
                                frame.generics.push(false);
                            }
                            let space = match prev {
                                Class::Word { .. } | Class::Keyword(_) => false,
                                _ => prev.space_after(),
                            };
                            (space, op(text, true))
                        } else {
                            (true, op(text, false))
                        }
                    }
                    _ if text.starts_with('>') && !frame.generics.is_empty() => {
                        // Each `>` closes a generic bracket while one is open; what is left of
                        // a glued operator (`=` of `>=`) is printed as an operator of its own.
                        let closing = text.chars().take_while(|c| *c == '>').count().min(frame.generics.len());
                        let mut binder = false;
                        for _ in 0..closing {
                            binder = frame.generics.pop().unwrap_or(false);
                        }
                        break_line = false;
                        out.push_str(&text[..closing]);
                        let rest = &text[closing..];
                        before_prev = prev;
                        prev = Class::Op {
                            text: ">".to_owned(),
                            glue_after: false,
                            operand_end: true,
                            generic_close: !binder,
                        };
                        if rest.is_empty() {
                            continue;
                        }
                        (true, op(rest, false))
                    }
                    _ => (prev.space_after(), op(text, false)),
                }
            }
        };
        match tok {
            Tok::Open(kind) => frames.push(Frame { tight: class == Class::OpenTight, ..Frame::new(*kind) }),
            Tok::Close(_) if frames.len() > 1 => {
                frames.pop();
            }
            _ => {}
        }
        if lines
            && *tok == Tok::Close(DelimiterKind::Brace)
            && !closes_tight
            && prev != Class::Open(DelimiterKind::Brace)
        {
            break_line = true;
        }
        if break_line && !out.is_empty() {
            let depth = frames.iter().filter(|frame| frame.kind == DelimiterKind::Brace).count();
            out.push('\n');
            out.push_str(&"    ".repeat(depth));
        } else if space && !out.is_empty() {
            out.push(' ');
        }
        write_tok(tok, &class, &mut out);
        let in_braces = frames.last().is_some_and(|frame| frame.kind == DelimiterKind::Brace);
        let at_top = frames.len() == 1;
        break_line = lines
            && match tok {
                Tok::Open(DelimiterKind::Brace) => {
                    class != Class::OpenTight && next != Some(&Tok::Close(DelimiterKind::Brace))
                }
                Tok::Close(DelimiterKind::Brace) => {
                    // Another statement or item follows (not `=>`, `,`, `else`...).
                    let statement_follows = match next {
                        Some(Tok::Ident { text, .. }) => !matches!(*text, "else" | "as"),
                        Some(Tok::Op(op)) => matches!(op.as_str(), "#" | "_" | "::" | "&" | "*" | "!"),
                        Some(Tok::Literal(_) | Tok::Lifetime { .. } | Tok::Open(_)) => true,
                        _ => false,
                    };
                    statement_follows && (in_braces || at_top)
                }
                Tok::Op(op) => (op == ";" || op == ",") && in_braces,
                _ => false,
            };
        before_prev = std::mem::replace(&mut prev, class);
    }
    out
}

/// Whether `class` is a keyword after which a name and its generics are defined.
fn defines_item(class: &Class) -> bool {
    match class {
        Class::Keyword(keyword) => matches!(keyword.as_str(), "fn" | "struct" | "enum" | "trait" | "type"),
        _ => false,
    }
}

fn write_tok(tok: &Tok<'_>, class: &Class, out: &mut String) {
    match tok {
        Tok::Ident { text, raw } => {
            if *raw {
                out.push_str("r#");
            }
            out.push_str(text);
        }
        Tok::Lifetime { text, raw } => {
            out.push('\'');
            if *raw {
                out.push_str("r#");
            }
            out.push_str(text);
        }
        Tok::Literal(text) => out.push_str(text),
        Tok::Op(_) => match class {
            Class::Op { text, .. } => out.push_str(text),
            _ => out.push('_'),
        },
        Tok::Open(kind) => out.push_str(delimiters(*kind).0),
        Tok::Close(kind) => out.push_str(delimiters(*kind).1),
    }
}

fn delimiters(kind: DelimiterKind) -> (&'static str, &'static str) {
    match kind {
        DelimiterKind::Parenthesis => ("(", ")"),
        DelimiterKind::Brace => ("{", "}"),
        DelimiterKind::Bracket => ("[", "]"),
        DelimiterKind::Invisible => ("", ""),
    }
}
