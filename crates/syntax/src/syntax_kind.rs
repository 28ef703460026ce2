//! Token kinds: the generated table plus the few facts that are not pure data.

mod generated;

pub use self::generated::SyntaxKind;

impl SyntaxKind {
    /// Whether the kind is whitespace, a comment (doc comments included) or a byte-order mark.
    ///
    /// Shebangs and frontmatter are not trivia: the parser gives them their own place at the
    /// start of a file. A byte-order mark has no meaning at all (rustc drops it before lexing).
    pub fn is_trivia(self) -> bool {
        matches!(self, SyntaxKind::WHITESPACE | SyntaxKind::COMMENT | SyntaxKind::BOM)
    }

    /// The discriminant of the kind, for trees that store kinds as `u16`.
    pub fn into_raw(self) -> u16 {
        self as u16
    }

    /// The kind with the discriminant `raw`, if there is one.
    pub fn from_raw(raw: u16) -> Option<SyntaxKind> {
        SyntaxKind::ALL.get(usize::from(raw)).copied()
    }
}

/// Whether a doc comment documents the item after it or the item around it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum DocStyle {
    /// `///` or `/** */`: documents the next item.
    Outer,
    /// `//!` or `/*! */`: documents the enclosing item.
    Inner,
}

/// Whether a comment is a line comment or a block comment.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum CommentShape {
    /// `// …`, ended by the end of the line (which is not part of the comment).
    Line,
    /// `/* … */`, possibly nested.
    Block,
}

/// The shape of a comment and whether it is a doc comment.
///
/// All comments share the token kind [`SyntaxKind::COMMENT`]; this is how to tell doc comments
/// apart. It only looks at the first few bytes of the text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct CommentKind {
    /// Line or block.
    pub shape: CommentShape,
    /// `None` for a plain comment, the style for a doc comment.
    pub doc: Option<DocStyle>,
}

impl CommentKind {
    /// The kind of the comment whose text (delimiters included) is `text`.
    ///
    /// The rules are rustc's: `////` and `/***` are plain comments, and so is `/**/`.
    pub fn from_text(text: &str) -> CommentKind {
        let bytes = text.as_bytes();
        let shape = if bytes.starts_with(b"/*") { CommentShape::Block } else { CommentShape::Line };
        let doc = match (shape, bytes.get(2), bytes.get(3)) {
            (_, Some(b'!'), _) => Some(DocStyle::Inner),
            (CommentShape::Line, Some(b'/'), next) if next != Some(&b'/') => Some(DocStyle::Outer),
            (CommentShape::Block, Some(b'*'), next) if !matches!(next, Some(b'*' | b'/')) => Some(DocStyle::Outer),
            _ => None,
        };
        CommentKind { shape, doc }
    }

    /// Whether this is a doc comment.
    pub fn is_doc(self) -> bool {
        self.doc.is_some()
    }
}
