//! A macro call's input laid out flat: one item per leaf, per opening and per closing delimiter,
//! then an end marker. The matcher moves through it by index, bindings are ranges of it, and
//! laying it out is one iterative walk, so deep nesting costs no stack.

use sem_syntax::token_tree::{Leaf, Spacing, Subtree, TokenTree};

use crate::tokens::{self, Token};

/// One position of the flat input.
#[derive(Debug, Clone, Copy)]
pub(crate) enum FlatItem<'a, S> {
    Leaf(&'a Leaf<S>),
    /// The opening delimiter of `subtree`; its closing one is at `close`.
    Open {
        subtree: &'a Subtree<S>,
        close: usize,
    },
    /// The closing delimiter of `subtree`.
    Close {
        subtree: &'a Subtree<S>,
    },
    /// The end of the input.
    Eof,
}

/// The flat input of one call.
#[derive(Debug)]
pub(crate) struct FlatInput<'a, S> {
    items: Vec<FlatItem<'a, S>>,
    /// The span of the input's own opening delimiter, for the end marker.
    end_span: S,
}

impl<'a, S: Copy> FlatInput<'a, S> {
    /// The tokens inside `input` (its own delimiters are left out).
    pub(crate) fn new(input: &'a Subtree<S>) -> FlatInput<'a, S> {
        let mut items = Vec::with_capacity(input.token_trees.len() + 1);
        // Each frame: a group, the index of its next child, and the position of its opening
        // delimiter (none for the top).
        let mut stack: Vec<(&'a Subtree<S>, usize, Option<usize>)> = vec![(input, 0, None)];
        while let Some(frame) = stack.last_mut() {
            let (subtree, index, open) = *frame;
            match subtree.token_trees.get(index) {
                Some(TokenTree::Leaf(leaf)) => {
                    frame.1 += 1;
                    items.push(FlatItem::Leaf(leaf));
                }
                Some(TokenTree::Subtree(inner)) => {
                    frame.1 += 1;
                    stack.push((inner, 0, Some(items.len())));
                    items.push(FlatItem::Open { subtree: inner, close: 0 });
                }
                None => {
                    stack.pop();
                    if let Some(open) = open {
                        let close = items.len();
                        items.push(FlatItem::Close { subtree });
                        if let FlatItem::Open { close: open_close, .. } = &mut items[open] {
                            *open_close = close;
                        }
                    }
                }
            }
        }
        items.push(FlatItem::Eof);
        FlatInput { items, end_span: input.delimiter.close }
    }

    /// The position of the end marker.
    pub(crate) fn end(&self) -> usize {
        self.items.len() - 1
    }

    pub(crate) fn item(&self, position: usize) -> FlatItem<'a, S> {
        self.items.get(position).copied().unwrap_or(FlatItem::Eof)
    }

    /// The span of the item at `position`.
    pub(crate) fn span(&self, position: usize) -> S {
        match self.item(position) {
            FlatItem::Leaf(leaf) => leaf_span(leaf),
            FlatItem::Open { subtree, .. } => subtree.delimiter.open,
            FlatItem::Close { subtree } => subtree.delimiter.close,
            FlatItem::Eof => self.end_span,
        }
    }

    fn punct(&self, position: usize) -> Option<&'a sem_syntax::token_tree::Punct<S>> {
        match self.item(position) {
            FlatItem::Leaf(Leaf::Punct(punct)) => Some(punct),
            _ => None,
        }
    }

    /// The token that starts at `position`, as rustc's matcher sees it.
    pub(crate) fn token(&self, position: usize) -> Token<'a, S> {
        match self.item(position) {
            FlatItem::Leaf(Leaf::Ident(ident)) => Token::Ident(ident),
            FlatItem::Leaf(Leaf::Literal(literal)) => Token::Literal(literal),
            FlatItem::Leaf(Leaf::Punct(punct)) => {
                if punct.char == '\''
                    && punct.spacing == Spacing::Joint
                    && let FlatItem::Leaf(Leaf::Ident(ident)) = self.item(position + 1)
                {
                    return Token::Lifetime(ident);
                }
                let puncts = (position..).map_while(|p| self.punct(p));
                Token::Punct(tokens::glue(puncts).expect("a punct is at `position`"))
            }
            FlatItem::Open { subtree, .. } => Token::Open(subtree.delimiter.kind),
            FlatItem::Close { subtree } => Token::Close(subtree.delimiter.kind),
            FlatItem::Eof => Token::Eof,
        }
    }
}

pub(crate) fn leaf_span<S: Copy>(leaf: &Leaf<S>) -> S {
    match leaf {
        Leaf::Ident(ident) => ident.span,
        Leaf::Punct(punct) => punct.span,
        Leaf::Literal(literal) => literal.span,
    }
}
