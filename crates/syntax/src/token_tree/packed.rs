//! Token trees without spans, packed into bytes for keeping: [`PackedTokens`].

use std::fmt;

use smol_str::SmolStr;

use super::{Delimiter, DelimiterKind, Ident, Leaf, Literal, Punct, Spacing, Subtree, TokenTree};
use crate::SyntaxKind;

/// A token tree without spans (`Subtree<()>`), packed into one byte string: what summaries keep
/// of macro calls' arguments, macro definitions and derive inputs, which are read rarely (once
/// per expansion) but kept for a whole session.
///
/// A [`Subtree`] spends 32 bytes on every token and a list allocation on every group; packed, a
/// punctuation character is 2 bytes, an identifier or literal 2 to 4 bytes plus its text, and a
/// group 2 bytes. [`PackedTokens::unpack`] gives back exactly the tree that was packed, so two
/// packings compare (and hash) equal exactly when their trees do.
///
/// The layout, one record per token in the order written:
/// - a group opens with `OPEN | kind` and closes with `CLOSE` (the outermost group too);
/// - a punctuation character is `PUNCT | joint` and the ASCII byte, or `PUNCT_WIDE | joint` and
///   the four bytes of any other `char` (a procedural macro may make one);
/// - an identifier is `IDENT | raw`, the text's length (LEB128) and the text;
/// - a literal is `LITERAL`, its kind (two bytes), the text's length (LEB128) and the text.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct PackedTokens(Box<[u8]>);

const OPEN: u8 = 0x10;
const CLOSE: u8 = 0x20;
const PUNCT: u8 = 0x30;
const PUNCT_WIDE: u8 = 0x40;
const IDENT: u8 = 0x50;
const LITERAL: u8 = 0x60;

impl PackedTokens {
    /// Packs `tree` (walked with an explicit stack: any depth).
    pub fn pack(tree: &Subtree<()>) -> PackedTokens {
        let mut out = PackedTokensWriter::with_capacity_for(tree.token_trees.len());
        out.open(tree.delimiter.kind);
        let mut stack = vec![tree.token_trees.iter()];
        while let Some(trees) = stack.last_mut() {
            let Some(tree) = trees.next() else {
                stack.pop();
                out.close();
                continue;
            };
            match tree {
                TokenTree::Subtree(group) => {
                    out.open(group.delimiter.kind);
                    stack.push(group.token_trees.iter());
                }
                TokenTree::Leaf(leaf) => out.leaf(leaf),
            }
        }
        out.finish()
    }

    /// The tree that was packed (built with an explicit stack: any depth).
    pub fn unpack(&self) -> Subtree<()> {
        let mut reader = Reader { bytes: &self.0, at: 0 };
        let mut stack: Vec<Subtree<()>> = Vec::new();
        while let Some(tag) = reader.byte() {
            let leaf = match tag & 0xf0 {
                OPEN => {
                    let kind = delimiter_kind(tag & 0x0f);
                    stack.push(Subtree { delimiter: Delimiter { kind, open: (), close: () }, token_trees: Vec::new() });
                    continue;
                }
                CLOSE => {
                    let group = stack.pop().expect("a packed group closes after it opens");
                    match stack.last_mut() {
                        Some(parent) => parent.token_trees.push(TokenTree::Subtree(group)),
                        None => return group,
                    }
                    continue;
                }
                PUNCT => Leaf::Punct(Punct { char: char::from(reader.next()), spacing: spacing(tag), span: () }),
                PUNCT_WIDE => {
                    let code = u32::from_le_bytes(std::array::from_fn(|_| reader.next()));
                    let char = char::from_u32(code).expect("a packed character is a char");
                    Leaf::Punct(Punct { char, spacing: spacing(tag), span: () })
                }
                IDENT => Leaf::Ident(Ident { text: reader.text(), is_raw: tag & 1 == 1, span: () }),
                LITERAL => {
                    let raw = u16::from_le_bytes([reader.next(), reader.next()]);
                    let kind = SyntaxKind::from_raw(raw).expect("a packed literal kind is a kind");
                    Leaf::Literal(Literal { kind, text: reader.text(), span: () })
                }
                _ => unreachable!("packed tokens hold only the tags above"),
            };
            stack.last_mut().expect("a packed token is inside a group").token_trees.push(TokenTree::Leaf(leaf));
        }
        Subtree::default()
    }

    /// The bytes the packed tree takes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether nothing was packed (the default value, not an empty group: that is two bytes).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The tokens as text, as [`Subtree::to_text`] writes them.
    pub fn to_text(&self) -> String {
        self.unpack().to_text()
    }
}

/// Writes [`PackedTokens`] token by token, for callers that make a tree's tokens as they go
/// (and so need not build the tree first). Groups must be closed in the order they were opened.
#[derive(Default, Debug)]
pub struct PackedTokensWriter(Vec<u8>);

impl PackedTokensWriter {
    /// A writer with room for about `tokens` tokens (two bytes and a short text each), so that
    /// writing a large tree does not copy it over and over as it grows.
    pub fn with_capacity_for(tokens: usize) -> PackedTokensWriter {
        PackedTokensWriter(Vec::with_capacity(tokens.saturating_mul(4).saturating_add(4)))
    }

    /// Opens a group with `kind` delimiters.
    pub fn open(&mut self, kind: DelimiterKind) {
        self.0.push(OPEN | delimiter_code(kind));
    }

    /// Closes the group opened last.
    pub fn close(&mut self) {
        self.0.push(CLOSE);
    }

    /// Writes a token (its span, whatever it is, is not kept).
    pub fn leaf<S>(&mut self, leaf: &Leaf<S>) {
        let out = &mut self.0;
        match leaf {
            Leaf::Punct(punct) => {
                let joint = u8::from(punct.spacing == Spacing::Joint);
                if punct.char.is_ascii() {
                    out.extend([PUNCT | joint, punct.char as u8]);
                } else {
                    out.push(PUNCT_WIDE | joint);
                    out.extend(u32::from(punct.char).to_le_bytes());
                }
            }
            Leaf::Ident(ident) => {
                out.push(IDENT | u8::from(ident.is_raw));
                push_text(out, &ident.text);
            }
            Leaf::Literal(literal) => {
                out.push(LITERAL);
                out.extend(literal.kind.into_raw().to_le_bytes());
                push_text(out, &literal.text);
            }
        }
    }

    /// The packed tokens written.
    pub fn finish(self) -> PackedTokens {
        PackedTokens(self.0.into_boxed_slice())
    }
}

impl From<&Subtree<()>> for PackedTokens {
    fn from(tree: &Subtree<()>) -> PackedTokens {
        PackedTokens::pack(tree)
    }
}

impl fmt::Debug for PackedTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PackedTokens({:?})", self.to_text())
    }
}

impl Default for Subtree<()> {
    fn default() -> Self {
        Subtree {
            delimiter: Delimiter { kind: DelimiterKind::Invisible, open: (), close: () },
            token_trees: Vec::new(),
        }
    }
}

fn delimiter_code(kind: DelimiterKind) -> u8 {
    match kind {
        DelimiterKind::Parenthesis => 0,
        DelimiterKind::Brace => 1,
        DelimiterKind::Bracket => 2,
        DelimiterKind::Invisible => 3,
    }
}

fn delimiter_kind(code: u8) -> DelimiterKind {
    match code {
        0 => DelimiterKind::Parenthesis,
        1 => DelimiterKind::Brace,
        2 => DelimiterKind::Bracket,
        _ => DelimiterKind::Invisible,
    }
}

fn spacing(tag: u8) -> Spacing {
    if tag & 1 == 1 { Spacing::Joint } else { Spacing::Alone }
}

fn push_text(out: &mut Vec<u8>, text: &str) {
    let mut len = text.len();
    loop {
        let low = (len & 0x7f) as u8;
        len >>= 7;
        if len == 0 {
            out.push(low);
            break;
        }
        out.push(low | 0x80);
    }
    out.extend_from_slice(text.as_bytes());
}

/// Reads what [`PackedTokens::pack`] wrote; the bytes are always its own, so a short read is a
/// bug, not bad input.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let byte = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(byte)
    }

    fn next(&mut self) -> u8 {
        self.byte().expect("packed tokens end with their records")
    }

    fn text(&mut self) -> SmolStr {
        let (mut len, mut shift) = (0usize, 0);
        loop {
            let byte = self.next();
            len |= usize::from(byte & 0x7f) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                break;
            }
        }
        let text = &self.bytes[self.at..self.at + len];
        self.at += len;
        SmolStr::new(std::str::from_utf8(text).expect("packed text is the UTF-8 of a token"))
    }
}
