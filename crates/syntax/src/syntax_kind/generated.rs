//! The table of token kinds.
//!
//! This file is kept in the shape that `cargo xtask codegen` will generate from a grammar file:
//! one enum, one `T![...]` macro and lookup tables, with nothing but data in them. Hand-written
//! logic over these tables lives in `syntax_kind.rs`.

#![allow(bad_style, missing_docs, unreachable_pub)]

use crate::Edition;

/// The kind of a token (and, once the parser exists, of a syntax tree node).
///
/// The variants are grouped so that each category is a contiguous range of discriminants.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(u16)]
pub enum SyntaxKind {
    /// The end of the input; the lexer puts exactly one at the end, with an empty range.
    EOF,
    /// A character or sequence of characters that is not a token of Rust.
    ERROR,
    /// A run of whitespace characters.
    WHITESPACE,
    /// A line or block comment, doc comments included (see [`CommentKind`](crate::CommentKind)).
    COMMENT,
    /// A `#!` line at the very start of a file, such as `#!/usr/bin/env rustx`.
    SHEBANG,
    /// A `---` frontmatter block at the start of a file (cargo scripts).
    FRONTMATTER,
    /// An identifier, a raw identifier (`r#fn`) or a contextual keyword.
    IDENT,
    /// A lifetime or a label, such as `'a`, `'static` or `'r#fn`.
    LIFETIME_IDENT,
    /// An integer literal, such as `92`, `0xFF_u8` or `1f32`.
    INT_NUMBER,
    /// A floating-point literal, such as `1.0`, `2e10` or `1.5f64`.
    FLOAT_NUMBER,
    /// A character literal, such as `'a'`.
    CHAR,
    /// A byte literal, such as `b'a'`.
    BYTE,
    /// A string literal, such as `"hello"`.
    STRING,
    /// A raw string literal, such as `r#"hello"#`.
    RAW_STRING,
    /// A byte string literal, such as `b"hello"`.
    BYTE_STRING,
    /// A raw byte string literal, such as `br#"hello"#`.
    RAW_BYTE_STRING,
    /// A C string literal, such as `c"hello"` (edition 2021 and later).
    C_STRING,
    /// A raw C string literal, such as `cr#"hello"#` (edition 2021 and later).
    RAW_C_STRING,
    /// The punctuation `;` (semicolon).
    SEMICOLON,
    /// The punctuation `,` (comma).
    COMMA,
    /// The punctuation `(` (left parenthesis).
    L_PAREN,
    /// The punctuation `)` (right parenthesis).
    R_PAREN,
    /// The punctuation `{` (left curly brace).
    L_CURLY,
    /// The punctuation `}` (right curly brace).
    R_CURLY,
    /// The punctuation `[` (left square bracket).
    L_BRACK,
    /// The punctuation `]` (right square bracket).
    R_BRACK,
    /// The punctuation `<` (less-than sign).
    L_ANGLE,
    /// The punctuation `>` (greater-than sign).
    R_ANGLE,
    /// The punctuation `@` (at sign).
    AT,
    /// The punctuation `#` (pound sign).
    POUND,
    /// The punctuation `~` (tilde).
    TILDE,
    /// The punctuation `?` (question mark).
    QUESTION,
    /// The punctuation `$` (dollar sign).
    DOLLAR,
    /// The punctuation `&` (ampersand).
    AMP,
    /// The punctuation `|` (vertical bar).
    PIPE,
    /// The punctuation `+` (plus sign).
    PLUS,
    /// The punctuation `*` (asterisk).
    STAR,
    /// The punctuation `/` (slash).
    SLASH,
    /// The punctuation `^` (caret).
    CARET,
    /// The punctuation `%` (percent sign).
    PERCENT,
    /// The punctuation `_` (underscore).
    UNDERSCORE,
    /// The punctuation `.` (dot).
    DOT,
    /// The punctuation `:` (colon).
    COLON,
    /// The punctuation `=` (equals sign).
    EQ,
    /// The punctuation `!` (exclamation mark).
    BANG,
    /// The punctuation `-` (minus sign).
    MINUS,
    /// The punctuation `...`, glued by the parser, never produced by the lexer.
    DOT3,
    /// The punctuation `..`, glued by the parser, never produced by the lexer.
    DOT2,
    /// The punctuation `..=`, glued by the parser, never produced by the lexer.
    DOT2EQ,
    /// The punctuation `::`, glued by the parser, never produced by the lexer.
    COLON2,
    /// The punctuation `==`, glued by the parser, never produced by the lexer.
    EQ2,
    /// The punctuation `=>`, glued by the parser, never produced by the lexer.
    FAT_ARROW,
    /// The punctuation `!=`, glued by the parser, never produced by the lexer.
    NEQ,
    /// The punctuation `->`, glued by the parser, never produced by the lexer.
    THIN_ARROW,
    /// The punctuation `<=`, glued by the parser, never produced by the lexer.
    LTEQ,
    /// The punctuation `>=`, glued by the parser, never produced by the lexer.
    GTEQ,
    /// The punctuation `+=`, glued by the parser, never produced by the lexer.
    PLUSEQ,
    /// The punctuation `-=`, glued by the parser, never produced by the lexer.
    MINUSEQ,
    /// The punctuation `|=`, glued by the parser, never produced by the lexer.
    PIPEEQ,
    /// The punctuation `&=`, glued by the parser, never produced by the lexer.
    AMPEQ,
    /// The punctuation `^=`, glued by the parser, never produced by the lexer.
    CARETEQ,
    /// The punctuation `/=`, glued by the parser, never produced by the lexer.
    SLASHEQ,
    /// The punctuation `*=`, glued by the parser, never produced by the lexer.
    STAREQ,
    /// The punctuation `%=`, glued by the parser, never produced by the lexer.
    PERCENTEQ,
    /// The punctuation `&&`, glued by the parser, never produced by the lexer.
    AMP2,
    /// The punctuation `||`, glued by the parser, never produced by the lexer.
    PIPE2,
    /// The punctuation `<<`, glued by the parser, never produced by the lexer.
    SHL,
    /// The punctuation `>>`, glued by the parser, never produced by the lexer.
    SHR,
    /// The punctuation `<<=`, glued by the parser, never produced by the lexer.
    SHLEQ,
    /// The punctuation `>>=`, glued by the parser, never produced by the lexer.
    SHREQ,
    /// The keyword `as`, strict in every edition.
    AS_KW,
    /// The keyword `break`, strict in every edition.
    BREAK_KW,
    /// The keyword `const`, strict in every edition.
    CONST_KW,
    /// The keyword `continue`, strict in every edition.
    CONTINUE_KW,
    /// The keyword `crate`, strict in every edition.
    CRATE_KW,
    /// The keyword `else`, strict in every edition.
    ELSE_KW,
    /// The keyword `enum`, strict in every edition.
    ENUM_KW,
    /// The keyword `extern`, strict in every edition.
    EXTERN_KW,
    /// The keyword `false`, strict in every edition.
    FALSE_KW,
    /// The keyword `fn`, strict in every edition.
    FN_KW,
    /// The keyword `for`, strict in every edition.
    FOR_KW,
    /// The keyword `if`, strict in every edition.
    IF_KW,
    /// The keyword `impl`, strict in every edition.
    IMPL_KW,
    /// The keyword `in`, strict in every edition.
    IN_KW,
    /// The keyword `let`, strict in every edition.
    LET_KW,
    /// The keyword `loop`, strict in every edition.
    LOOP_KW,
    /// The keyword `match`, strict in every edition.
    MATCH_KW,
    /// The keyword `mod`, strict in every edition.
    MOD_KW,
    /// The keyword `move`, strict in every edition.
    MOVE_KW,
    /// The keyword `mut`, strict in every edition.
    MUT_KW,
    /// The keyword `pub`, strict in every edition.
    PUB_KW,
    /// The keyword `ref`, strict in every edition.
    REF_KW,
    /// The keyword `return`, strict in every edition.
    RETURN_KW,
    /// The keyword `self`, strict in every edition.
    SELF_KW,
    /// The keyword `Self`, strict in every edition.
    SELF_TYPE_KW,
    /// The keyword `static`, strict in every edition.
    STATIC_KW,
    /// The keyword `struct`, strict in every edition.
    STRUCT_KW,
    /// The keyword `super`, strict in every edition.
    SUPER_KW,
    /// The keyword `trait`, strict in every edition.
    TRAIT_KW,
    /// The keyword `true`, strict in every edition.
    TRUE_KW,
    /// The keyword `type`, strict in every edition.
    TYPE_KW,
    /// The keyword `unsafe`, strict in every edition.
    UNSAFE_KW,
    /// The keyword `use`, strict in every edition.
    USE_KW,
    /// The keyword `where`, strict in every edition.
    WHERE_KW,
    /// The keyword `while`, strict in every edition.
    WHILE_KW,
    /// The keyword `async`, strict since edition 2018.
    ASYNC_KW,
    /// The keyword `await`, strict since edition 2018.
    AWAIT_KW,
    /// The keyword `dyn`, strict since edition 2018 and contextual in 2015.
    DYN_KW,
    /// The keyword `abstract`, reserved in every edition.
    ABSTRACT_KW,
    /// The keyword `become`, reserved in every edition.
    BECOME_KW,
    /// The keyword `box`, reserved in every edition.
    BOX_KW,
    /// The keyword `do`, reserved in every edition.
    DO_KW,
    /// The keyword `final`, reserved in every edition.
    FINAL_KW,
    /// The keyword `macro`, reserved in every edition.
    MACRO_KW,
    /// The keyword `override`, reserved in every edition.
    OVERRIDE_KW,
    /// The keyword `priv`, reserved in every edition.
    PRIV_KW,
    /// The keyword `typeof`, reserved in every edition.
    TYPEOF_KW,
    /// The keyword `unsized`, reserved in every edition.
    UNSIZED_KW,
    /// The keyword `virtual`, reserved in every edition.
    VIRTUAL_KW,
    /// The keyword `yield`, reserved in every edition.
    YIELD_KW,
    /// The keyword `try`, reserved since edition 2018.
    TRY_KW,
    /// The keyword `gen`, reserved since edition 2024.
    GEN_KW,
    /// The contextual keyword `asm`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    ASM_KW,
    /// The contextual keyword `att_syntax`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    ATT_SYNTAX_KW,
    /// The contextual keyword `auto`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    AUTO_KW,
    /// The contextual keyword `builtin`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    BUILTIN_KW,
    /// The contextual keyword `clobber_abi`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    CLOBBER_ABI_KW,
    /// The contextual keyword `default`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    DEFAULT_KW,
    /// The contextual keyword `format_args`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    FORMAT_ARGS_KW,
    /// The contextual keyword `global_asm`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    GLOBAL_ASM_KW,
    /// The contextual keyword `inlateout`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    INLATEOUT_KW,
    /// The contextual keyword `inout`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    INOUT_KW,
    /// The contextual keyword `label`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    LABEL_KW,
    /// The contextual keyword `lateout`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    LATEOUT_KW,
    /// The contextual keyword `macro_rules`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    MACRO_RULES_KW,
    /// The contextual keyword `may_unwind`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    MAY_UNWIND_KW,
    /// The contextual keyword `naked_asm`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    NAKED_ASM_KW,
    /// The contextual keyword `nomem`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    NOMEM_KW,
    /// The contextual keyword `noreturn`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    NORETURN_KW,
    /// The contextual keyword `nostack`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    NOSTACK_KW,
    /// The contextual keyword `offset_of`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    OFFSET_OF_KW,
    /// The contextual keyword `options`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    OPTIONS_KW,
    /// The contextual keyword `out`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    OUT_KW,
    /// The contextual keyword `preserves_flags`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    PRESERVES_FLAGS_KW,
    /// The contextual keyword `pure`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    PURE_KW,
    /// The contextual keyword `raw`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    RAW_KW,
    /// The contextual keyword `readonly`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    READONLY_KW,
    /// The contextual keyword `safe`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    SAFE_KW,
    /// The contextual keyword `sym`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    SYM_KW,
    /// The contextual keyword `union`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    UNION_KW,
    /// The contextual keyword `yeet`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).
    YEET_KW,
    // Nodes of the syntax tree.
    SOURCE_FILE,
    MODULE,
    ITEM_LIST,
    FN,
    STRUCT,
    UNION,
    ENUM,
    TRAIT,
    TRAIT_ALIAS,
    IMPL,
    TYPE_ALIAS,
    CONST,
    STATIC,
    USE,
    USE_TREE,
    USE_TREE_LIST,
    EXTERN_CRATE,
    EXTERN_BLOCK,
    EXTERN_ITEM_LIST,
    MACRO_CALL,
    MACRO_RULES,
    MACRO_DEF,
    TOKEN_TREE,
    VISIBILITY,
    NAME,
    NAME_REF,
    RENAME,
    ABI,
    RET_TYPE,
    PARAM_LIST,
    PARAM,
    SELF_PARAM,
    RECORD_FIELD_LIST,
    RECORD_FIELD,
    TUPLE_FIELD_LIST,
    TUPLE_FIELD,
    VARIANT_LIST,
    VARIANT,
    ASSOC_ITEM_LIST,
    ATTR,
    META,
    GENERIC_PARAM_LIST,
    LIFETIME_PARAM,
    TYPE_PARAM,
    CONST_PARAM,
    WHERE_CLAUSE,
    WHERE_PRED,
    TYPE_BOUND_LIST,
    TYPE_BOUND,
    USE_BOUND_GENERIC_ARGS,
    LIFETIME,
    FOR_BINDER,
    GENERIC_ARG_LIST,
    TYPE_ARG,
    LIFETIME_ARG,
    CONST_ARG,
    ASSOC_TYPE_ARG,
    PARENTHESIZED_ARG_LIST,
    RETURN_TYPE_SYNTAX,
    PATH,
    PATH_SEGMENT,
    TYPE_ANCHOR,
    LITERAL,
    PAREN_TYPE,
    TUPLE_TYPE,
    NEVER_TYPE,
    PATH_TYPE,
    PTR_TYPE,
    ARRAY_TYPE,
    SLICE_TYPE,
    REF_TYPE,
    INFER_TYPE,
    FN_PTR_TYPE,
    FOR_TYPE,
    IMPL_TRAIT_TYPE,
    DYN_TRAIT_TYPE,
    MACRO_TYPE,
    IDENT_PAT,
    WILDCARD_PAT,
    REST_PAT,
    PATH_PAT,
    RECORD_PAT,
    RECORD_PAT_FIELD_LIST,
    RECORD_PAT_FIELD,
    TUPLE_STRUCT_PAT,
    TUPLE_PAT,
    SLICE_PAT,
    RANGE_PAT,
    LITERAL_PAT,
    MACRO_PAT,
    CONST_BLOCK_PAT,
    OR_PAT,
    PAREN_PAT,
    REF_PAT,
    BOX_PAT,
    ARRAY_EXPR,
    ASM_EXPR,
    AWAIT_EXPR,
    BECOME_EXPR,
    BIN_EXPR,
    BLOCK_EXPR,
    BREAK_EXPR,
    CALL_EXPR,
    CAST_EXPR,
    CLOSURE_EXPR,
    CONTINUE_EXPR,
    FIELD_EXPR,
    FOR_EXPR,
    FORMAT_ARGS_EXPR,
    FORMAT_ARGS_ARG,
    IF_EXPR,
    INDEX_EXPR,
    LET_EXPR,
    LOOP_EXPR,
    MACRO_EXPR,
    MATCH_EXPR,
    METHOD_CALL_EXPR,
    OFFSET_OF_EXPR,
    PAREN_EXPR,
    PATH_EXPR,
    PREFIX_EXPR,
    RANGE_EXPR,
    RECORD_EXPR,
    REF_EXPR,
    RETURN_EXPR,
    TRY_EXPR,
    TUPLE_EXPR,
    UNDERSCORE_EXPR,
    WHILE_EXPR,
    YEET_EXPR,
    YIELD_EXPR,
    TYPE_ASCRIPTION_EXPR,
    STMT_LIST,
    LABEL,
    ARG_LIST,
    MATCH_ARM_LIST,
    MATCH_ARM,
    MATCH_GUARD,
    RECORD_EXPR_FIELD_LIST,
    RECORD_EXPR_FIELD,
    LET_STMT,
    LET_ELSE,
    EXPR_STMT,
    MACRO_ITEMS,
    MACRO_STMTS,
}

use self::SyntaxKind::*;

impl SyntaxKind {
    /// Every kind, in discriminant order: `SyntaxKind::ALL[k as usize] == k`.
    pub const ALL: &'static [SyntaxKind] = &[
        EOF,
        ERROR,
        WHITESPACE,
        COMMENT,
        SHEBANG,
        FRONTMATTER,
        IDENT,
        LIFETIME_IDENT,
        INT_NUMBER,
        FLOAT_NUMBER,
        CHAR,
        BYTE,
        STRING,
        RAW_STRING,
        BYTE_STRING,
        RAW_BYTE_STRING,
        C_STRING,
        RAW_C_STRING,
        SEMICOLON,
        COMMA,
        L_PAREN,
        R_PAREN,
        L_CURLY,
        R_CURLY,
        L_BRACK,
        R_BRACK,
        L_ANGLE,
        R_ANGLE,
        AT,
        POUND,
        TILDE,
        QUESTION,
        DOLLAR,
        AMP,
        PIPE,
        PLUS,
        STAR,
        SLASH,
        CARET,
        PERCENT,
        UNDERSCORE,
        DOT,
        COLON,
        EQ,
        BANG,
        MINUS,
        DOT3,
        DOT2,
        DOT2EQ,
        COLON2,
        EQ2,
        FAT_ARROW,
        NEQ,
        THIN_ARROW,
        LTEQ,
        GTEQ,
        PLUSEQ,
        MINUSEQ,
        PIPEEQ,
        AMPEQ,
        CARETEQ,
        SLASHEQ,
        STAREQ,
        PERCENTEQ,
        AMP2,
        PIPE2,
        SHL,
        SHR,
        SHLEQ,
        SHREQ,
        AS_KW,
        BREAK_KW,
        CONST_KW,
        CONTINUE_KW,
        CRATE_KW,
        ELSE_KW,
        ENUM_KW,
        EXTERN_KW,
        FALSE_KW,
        FN_KW,
        FOR_KW,
        IF_KW,
        IMPL_KW,
        IN_KW,
        LET_KW,
        LOOP_KW,
        MATCH_KW,
        MOD_KW,
        MOVE_KW,
        MUT_KW,
        PUB_KW,
        REF_KW,
        RETURN_KW,
        SELF_KW,
        SELF_TYPE_KW,
        STATIC_KW,
        STRUCT_KW,
        SUPER_KW,
        TRAIT_KW,
        TRUE_KW,
        TYPE_KW,
        UNSAFE_KW,
        USE_KW,
        WHERE_KW,
        WHILE_KW,
        ASYNC_KW,
        AWAIT_KW,
        DYN_KW,
        ABSTRACT_KW,
        BECOME_KW,
        BOX_KW,
        DO_KW,
        FINAL_KW,
        MACRO_KW,
        OVERRIDE_KW,
        PRIV_KW,
        TYPEOF_KW,
        UNSIZED_KW,
        VIRTUAL_KW,
        YIELD_KW,
        TRY_KW,
        GEN_KW,
        ASM_KW,
        ATT_SYNTAX_KW,
        AUTO_KW,
        BUILTIN_KW,
        CLOBBER_ABI_KW,
        DEFAULT_KW,
        FORMAT_ARGS_KW,
        GLOBAL_ASM_KW,
        INLATEOUT_KW,
        INOUT_KW,
        LABEL_KW,
        LATEOUT_KW,
        MACRO_RULES_KW,
        MAY_UNWIND_KW,
        NAKED_ASM_KW,
        NOMEM_KW,
        NORETURN_KW,
        NOSTACK_KW,
        OFFSET_OF_KW,
        OPTIONS_KW,
        OUT_KW,
        PRESERVES_FLAGS_KW,
        PURE_KW,
        RAW_KW,
        READONLY_KW,
        SAFE_KW,
        SYM_KW,
        UNION_KW,
        YEET_KW,
        SOURCE_FILE,
        MODULE,
        ITEM_LIST,
        FN,
        STRUCT,
        UNION,
        ENUM,
        TRAIT,
        TRAIT_ALIAS,
        IMPL,
        TYPE_ALIAS,
        CONST,
        STATIC,
        USE,
        USE_TREE,
        USE_TREE_LIST,
        EXTERN_CRATE,
        EXTERN_BLOCK,
        EXTERN_ITEM_LIST,
        MACRO_CALL,
        MACRO_RULES,
        MACRO_DEF,
        TOKEN_TREE,
        VISIBILITY,
        NAME,
        NAME_REF,
        RENAME,
        ABI,
        RET_TYPE,
        PARAM_LIST,
        PARAM,
        SELF_PARAM,
        RECORD_FIELD_LIST,
        RECORD_FIELD,
        TUPLE_FIELD_LIST,
        TUPLE_FIELD,
        VARIANT_LIST,
        VARIANT,
        ASSOC_ITEM_LIST,
        ATTR,
        META,
        GENERIC_PARAM_LIST,
        LIFETIME_PARAM,
        TYPE_PARAM,
        CONST_PARAM,
        WHERE_CLAUSE,
        WHERE_PRED,
        TYPE_BOUND_LIST,
        TYPE_BOUND,
        USE_BOUND_GENERIC_ARGS,
        LIFETIME,
        FOR_BINDER,
        GENERIC_ARG_LIST,
        TYPE_ARG,
        LIFETIME_ARG,
        CONST_ARG,
        ASSOC_TYPE_ARG,
        PARENTHESIZED_ARG_LIST,
        RETURN_TYPE_SYNTAX,
        PATH,
        PATH_SEGMENT,
        TYPE_ANCHOR,
        LITERAL,
        PAREN_TYPE,
        TUPLE_TYPE,
        NEVER_TYPE,
        PATH_TYPE,
        PTR_TYPE,
        ARRAY_TYPE,
        SLICE_TYPE,
        REF_TYPE,
        INFER_TYPE,
        FN_PTR_TYPE,
        FOR_TYPE,
        IMPL_TRAIT_TYPE,
        DYN_TRAIT_TYPE,
        MACRO_TYPE,
        IDENT_PAT,
        WILDCARD_PAT,
        REST_PAT,
        PATH_PAT,
        RECORD_PAT,
        RECORD_PAT_FIELD_LIST,
        RECORD_PAT_FIELD,
        TUPLE_STRUCT_PAT,
        TUPLE_PAT,
        SLICE_PAT,
        RANGE_PAT,
        LITERAL_PAT,
        MACRO_PAT,
        CONST_BLOCK_PAT,
        OR_PAT,
        PAREN_PAT,
        REF_PAT,
        BOX_PAT,
        ARRAY_EXPR,
        ASM_EXPR,
        AWAIT_EXPR,
        BECOME_EXPR,
        BIN_EXPR,
        BLOCK_EXPR,
        BREAK_EXPR,
        CALL_EXPR,
        CAST_EXPR,
        CLOSURE_EXPR,
        CONTINUE_EXPR,
        FIELD_EXPR,
        FOR_EXPR,
        FORMAT_ARGS_EXPR,
        FORMAT_ARGS_ARG,
        IF_EXPR,
        INDEX_EXPR,
        LET_EXPR,
        LOOP_EXPR,
        MACRO_EXPR,
        MATCH_EXPR,
        METHOD_CALL_EXPR,
        OFFSET_OF_EXPR,
        PAREN_EXPR,
        PATH_EXPR,
        PREFIX_EXPR,
        RANGE_EXPR,
        RECORD_EXPR,
        REF_EXPR,
        RETURN_EXPR,
        TRY_EXPR,
        TUPLE_EXPR,
        UNDERSCORE_EXPR,
        WHILE_EXPR,
        YEET_EXPR,
        YIELD_EXPR,
        TYPE_ASCRIPTION_EXPR,
        STMT_LIST,
        LABEL,
        ARG_LIST,
        MATCH_ARM_LIST,
        MATCH_ARM,
        MATCH_GUARD,
        RECORD_EXPR_FIELD_LIST,
        RECORD_EXPR_FIELD,
        LET_STMT,
        LET_ELSE,
        EXPR_STMT,
        MACRO_ITEMS,
        MACRO_STMTS,
    ];

    /// Whether the kind is a literal (number, character, byte or string; not `true` or `false`).
    pub fn is_literal(self) -> bool {
        INT_NUMBER as u16 <= self as u16 && self as u16 <= RAW_C_STRING as u16
    }

    /// Whether the kind is punctuation, single-character or glued.
    pub fn is_punct(self) -> bool {
        SEMICOLON as u16 <= self as u16 && self as u16 <= SHREQ as u16
    }

    /// Whether the kind is a keyword of some edition, reserved and contextual keywords included.
    pub fn is_any_keyword(self) -> bool {
        AS_KW as u16 <= self as u16 && self as u16 <= YEET_KW as u16
    }

    /// Whether the kind is only ever a contextual keyword (`dyn` is not: it is strict since 2018).
    pub fn is_contextual_keyword_kind(self) -> bool {
        ASM_KW as u16 <= self as u16 && self as u16 <= YEET_KW as u16
    }

    /// The fixed text of a punctuation or keyword kind.
    pub fn text(self) -> Option<&'static str> {
        let text = match self {
            SEMICOLON => ";",
            COMMA => ",",
            L_PAREN => "(",
            R_PAREN => ")",
            L_CURLY => "{",
            R_CURLY => "}",
            L_BRACK => "[",
            R_BRACK => "]",
            L_ANGLE => "<",
            R_ANGLE => ">",
            AT => "@",
            POUND => "#",
            TILDE => "~",
            QUESTION => "?",
            DOLLAR => "$",
            AMP => "&",
            PIPE => "|",
            PLUS => "+",
            STAR => "*",
            SLASH => "/",
            CARET => "^",
            PERCENT => "%",
            UNDERSCORE => "_",
            DOT => ".",
            COLON => ":",
            EQ => "=",
            BANG => "!",
            MINUS => "-",
            DOT3 => "...",
            DOT2 => "..",
            DOT2EQ => "..=",
            COLON2 => "::",
            EQ2 => "==",
            FAT_ARROW => "=>",
            NEQ => "!=",
            THIN_ARROW => "->",
            LTEQ => "<=",
            GTEQ => ">=",
            PLUSEQ => "+=",
            MINUSEQ => "-=",
            PIPEEQ => "|=",
            AMPEQ => "&=",
            CARETEQ => "^=",
            SLASHEQ => "/=",
            STAREQ => "*=",
            PERCENTEQ => "%=",
            AMP2 => "&&",
            PIPE2 => "||",
            SHL => "<<",
            SHR => ">>",
            SHLEQ => "<<=",
            SHREQ => ">>=",
            AS_KW => "as",
            BREAK_KW => "break",
            CONST_KW => "const",
            CONTINUE_KW => "continue",
            CRATE_KW => "crate",
            ELSE_KW => "else",
            ENUM_KW => "enum",
            EXTERN_KW => "extern",
            FALSE_KW => "false",
            FN_KW => "fn",
            FOR_KW => "for",
            IF_KW => "if",
            IMPL_KW => "impl",
            IN_KW => "in",
            LET_KW => "let",
            LOOP_KW => "loop",
            MATCH_KW => "match",
            MOD_KW => "mod",
            MOVE_KW => "move",
            MUT_KW => "mut",
            PUB_KW => "pub",
            REF_KW => "ref",
            RETURN_KW => "return",
            SELF_KW => "self",
            SELF_TYPE_KW => "Self",
            STATIC_KW => "static",
            STRUCT_KW => "struct",
            SUPER_KW => "super",
            TRAIT_KW => "trait",
            TRUE_KW => "true",
            TYPE_KW => "type",
            UNSAFE_KW => "unsafe",
            USE_KW => "use",
            WHERE_KW => "where",
            WHILE_KW => "while",
            ASYNC_KW => "async",
            AWAIT_KW => "await",
            DYN_KW => "dyn",
            ABSTRACT_KW => "abstract",
            BECOME_KW => "become",
            BOX_KW => "box",
            DO_KW => "do",
            FINAL_KW => "final",
            MACRO_KW => "macro",
            OVERRIDE_KW => "override",
            PRIV_KW => "priv",
            TYPEOF_KW => "typeof",
            UNSIZED_KW => "unsized",
            VIRTUAL_KW => "virtual",
            YIELD_KW => "yield",
            TRY_KW => "try",
            GEN_KW => "gen",
            ASM_KW => "asm",
            ATT_SYNTAX_KW => "att_syntax",
            AUTO_KW => "auto",
            BUILTIN_KW => "builtin",
            CLOBBER_ABI_KW => "clobber_abi",
            DEFAULT_KW => "default",
            FORMAT_ARGS_KW => "format_args",
            GLOBAL_ASM_KW => "global_asm",
            INLATEOUT_KW => "inlateout",
            INOUT_KW => "inout",
            LABEL_KW => "label",
            LATEOUT_KW => "lateout",
            MACRO_RULES_KW => "macro_rules",
            MAY_UNWIND_KW => "may_unwind",
            NAKED_ASM_KW => "naked_asm",
            NOMEM_KW => "nomem",
            NORETURN_KW => "noreturn",
            NOSTACK_KW => "nostack",
            OFFSET_OF_KW => "offset_of",
            OPTIONS_KW => "options",
            OUT_KW => "out",
            PRESERVES_FLAGS_KW => "preserves_flags",
            PURE_KW => "pure",
            RAW_KW => "raw",
            READONLY_KW => "readonly",
            SAFE_KW => "safe",
            SYM_KW => "sym",
            UNION_KW => "union",
            YEET_KW => "yeet",
            _ => return None,
        };
        Some(text)
    }

    /// The kind of a single-character punctuation.
    pub fn from_char(c: char) -> Option<SyntaxKind> {
        let kind = match c {
            ';' => SEMICOLON,
            ',' => COMMA,
            '(' => L_PAREN,
            ')' => R_PAREN,
            '{' => L_CURLY,
            '}' => R_CURLY,
            '[' => L_BRACK,
            ']' => R_BRACK,
            '<' => L_ANGLE,
            '>' => R_ANGLE,
            '@' => AT,
            '#' => POUND,
            '~' => TILDE,
            '?' => QUESTION,
            '$' => DOLLAR,
            '&' => AMP,
            '|' => PIPE,
            '+' => PLUS,
            '*' => STAR,
            '/' => SLASH,
            '^' => CARET,
            '%' => PERCENT,
            '_' => UNDERSCORE,
            '.' => DOT,
            ':' => COLON,
            '=' => EQ,
            '!' => BANG,
            '-' => MINUS,
            _ => return None,
        };
        Some(kind)
    }

    /// The keyword kind of `ident` in `edition`, for strict and reserved keywords.
    ///
    /// Returns `None` for contextual keywords: see [`SyntaxKind::from_contextual_keyword`].
    pub fn from_keyword(ident: &str, edition: Edition) -> Option<SyntaxKind> {
        SyntaxKind::from_keyword_bytes(ident.as_bytes(), edition)
    }

    /// [`SyntaxKind::from_keyword`] on bytes, so that the lexer need not make a `&str`.
    #[inline]
    pub(crate) fn from_keyword_bytes(ident: &[u8], edition: Edition) -> Option<SyntaxKind> {
        // No strict or reserved keyword is shorter than 2 or longer than 8 bytes.
        if ident.len() < 2 || ident.len() > 8 {
            return None;
        }
        let kind = match ident {
            b"as" => AS_KW,
            b"break" => BREAK_KW,
            b"const" => CONST_KW,
            b"continue" => CONTINUE_KW,
            b"crate" => CRATE_KW,
            b"else" => ELSE_KW,
            b"enum" => ENUM_KW,
            b"extern" => EXTERN_KW,
            b"false" => FALSE_KW,
            b"fn" => FN_KW,
            b"for" => FOR_KW,
            b"if" => IF_KW,
            b"impl" => IMPL_KW,
            b"in" => IN_KW,
            b"let" => LET_KW,
            b"loop" => LOOP_KW,
            b"match" => MATCH_KW,
            b"mod" => MOD_KW,
            b"move" => MOVE_KW,
            b"mut" => MUT_KW,
            b"pub" => PUB_KW,
            b"ref" => REF_KW,
            b"return" => RETURN_KW,
            b"self" => SELF_KW,
            b"Self" => SELF_TYPE_KW,
            b"static" => STATIC_KW,
            b"struct" => STRUCT_KW,
            b"super" => SUPER_KW,
            b"trait" => TRAIT_KW,
            b"true" => TRUE_KW,
            b"type" => TYPE_KW,
            b"unsafe" => UNSAFE_KW,
            b"use" => USE_KW,
            b"where" => WHERE_KW,
            b"while" => WHILE_KW,
            b"abstract" => ABSTRACT_KW,
            b"become" => BECOME_KW,
            b"box" => BOX_KW,
            b"do" => DO_KW,
            b"final" => FINAL_KW,
            b"macro" => MACRO_KW,
            b"override" => OVERRIDE_KW,
            b"priv" => PRIV_KW,
            b"typeof" => TYPEOF_KW,
            b"unsized" => UNSIZED_KW,
            b"virtual" => VIRTUAL_KW,
            b"yield" => YIELD_KW,
            b"async" if edition >= Edition::Edition2018 => ASYNC_KW,
            b"await" if edition >= Edition::Edition2018 => AWAIT_KW,
            b"dyn" if edition >= Edition::Edition2018 => DYN_KW,
            b"try" if edition >= Edition::Edition2018 => TRY_KW,
            b"gen" if edition >= Edition::Edition2024 => GEN_KW,
            _ => return None,
        };
        Some(kind)
    }

    /// The contextual keyword kind of `ident` in `edition`.
    ///
    /// A contextual keyword is an identifier for the lexer and a keyword only where the parser
    /// expects one, such as `union` before a name or `dyn` before a trait in edition 2015.
    pub fn from_contextual_keyword(ident: &str, edition: Edition) -> Option<SyntaxKind> {
        let kind = match ident {
            "asm" => ASM_KW,
            "att_syntax" => ATT_SYNTAX_KW,
            "auto" => AUTO_KW,
            "builtin" => BUILTIN_KW,
            "clobber_abi" => CLOBBER_ABI_KW,
            "default" => DEFAULT_KW,
            "format_args" => FORMAT_ARGS_KW,
            "global_asm" => GLOBAL_ASM_KW,
            "inlateout" => INLATEOUT_KW,
            "inout" => INOUT_KW,
            "label" => LABEL_KW,
            "lateout" => LATEOUT_KW,
            "macro_rules" => MACRO_RULES_KW,
            "may_unwind" => MAY_UNWIND_KW,
            "naked_asm" => NAKED_ASM_KW,
            "nomem" => NOMEM_KW,
            "noreturn" => NORETURN_KW,
            "nostack" => NOSTACK_KW,
            "offset_of" => OFFSET_OF_KW,
            "options" => OPTIONS_KW,
            "out" => OUT_KW,
            "preserves_flags" => PRESERVES_FLAGS_KW,
            "pure" => PURE_KW,
            "raw" => RAW_KW,
            "readonly" => READONLY_KW,
            "safe" => SAFE_KW,
            "sym" => SYM_KW,
            "union" => UNION_KW,
            "yeet" => YEET_KW,
            "dyn" if edition < Edition::Edition2018 => DYN_KW,
            _ => return None,
        };
        Some(kind)
    }

    /// Whether the kind is a strict or reserved keyword in `edition`.
    pub fn is_keyword(self, edition: Edition) -> bool {
        match self {
            AS_KW | BREAK_KW | CONST_KW | CONTINUE_KW | CRATE_KW | ELSE_KW | ENUM_KW | EXTERN_KW | FALSE_KW | FN_KW
            | FOR_KW | IF_KW | IMPL_KW | IN_KW | LET_KW | LOOP_KW | MATCH_KW | MOD_KW | MOVE_KW | MUT_KW | PUB_KW
            | REF_KW | RETURN_KW | SELF_KW | SELF_TYPE_KW | STATIC_KW | STRUCT_KW | SUPER_KW | TRAIT_KW | TRUE_KW
            | TYPE_KW | UNSAFE_KW | USE_KW | WHERE_KW | WHILE_KW | ABSTRACT_KW | BECOME_KW | BOX_KW | DO_KW
            | FINAL_KW | MACRO_KW | OVERRIDE_KW | PRIV_KW | TYPEOF_KW | UNSIZED_KW | VIRTUAL_KW | YIELD_KW => true,
            ASYNC_KW | AWAIT_KW | DYN_KW => edition >= Edition::Edition2018,
            TRY_KW => edition >= Edition::Edition2018,
            GEN_KW => edition >= Edition::Edition2024,
            _ => false,
        }
    }

    /// Whether the kind is a contextual keyword in `edition`.
    pub fn is_contextual_keyword(self, edition: Edition) -> bool {
        match self {
            DYN_KW => edition < Edition::Edition2018,
            _ => self.is_contextual_keyword_kind(),
        }
    }
}

/// The kind of a punctuation, keyword or token class, by its text: `T![;]`, `T![fn]`, `T![ident]`.
#[macro_export]
macro_rules! T {
    [;] => { $crate::SyntaxKind::SEMICOLON };
    [,] => { $crate::SyntaxKind::COMMA };
    ['('] => { $crate::SyntaxKind::L_PAREN };
    [')'] => { $crate::SyntaxKind::R_PAREN };
    ['{'] => { $crate::SyntaxKind::L_CURLY };
    ['}'] => { $crate::SyntaxKind::R_CURLY };
    ['['] => { $crate::SyntaxKind::L_BRACK };
    [']'] => { $crate::SyntaxKind::R_BRACK };
    [<] => { $crate::SyntaxKind::L_ANGLE };
    [>] => { $crate::SyntaxKind::R_ANGLE };
    [@] => { $crate::SyntaxKind::AT };
    [#] => { $crate::SyntaxKind::POUND };
    [~] => { $crate::SyntaxKind::TILDE };
    [?] => { $crate::SyntaxKind::QUESTION };
    [$] => { $crate::SyntaxKind::DOLLAR };
    [&] => { $crate::SyntaxKind::AMP };
    [|] => { $crate::SyntaxKind::PIPE };
    [+] => { $crate::SyntaxKind::PLUS };
    [*] => { $crate::SyntaxKind::STAR };
    [/] => { $crate::SyntaxKind::SLASH };
    [^] => { $crate::SyntaxKind::CARET };
    [%] => { $crate::SyntaxKind::PERCENT };
    [_] => { $crate::SyntaxKind::UNDERSCORE };
    [.] => { $crate::SyntaxKind::DOT };
    [:] => { $crate::SyntaxKind::COLON };
    [=] => { $crate::SyntaxKind::EQ };
    [!] => { $crate::SyntaxKind::BANG };
    [-] => { $crate::SyntaxKind::MINUS };
    [...] => { $crate::SyntaxKind::DOT3 };
    [..] => { $crate::SyntaxKind::DOT2 };
    [..=] => { $crate::SyntaxKind::DOT2EQ };
    [::] => { $crate::SyntaxKind::COLON2 };
    [==] => { $crate::SyntaxKind::EQ2 };
    [=>] => { $crate::SyntaxKind::FAT_ARROW };
    [!=] => { $crate::SyntaxKind::NEQ };
    [->] => { $crate::SyntaxKind::THIN_ARROW };
    [<=] => { $crate::SyntaxKind::LTEQ };
    [>=] => { $crate::SyntaxKind::GTEQ };
    [+=] => { $crate::SyntaxKind::PLUSEQ };
    [-=] => { $crate::SyntaxKind::MINUSEQ };
    [|=] => { $crate::SyntaxKind::PIPEEQ };
    [&=] => { $crate::SyntaxKind::AMPEQ };
    [^=] => { $crate::SyntaxKind::CARETEQ };
    [/=] => { $crate::SyntaxKind::SLASHEQ };
    [*=] => { $crate::SyntaxKind::STAREQ };
    [%=] => { $crate::SyntaxKind::PERCENTEQ };
    [&&] => { $crate::SyntaxKind::AMP2 };
    [||] => { $crate::SyntaxKind::PIPE2 };
    [<<] => { $crate::SyntaxKind::SHL };
    [>>] => { $crate::SyntaxKind::SHR };
    [<<=] => { $crate::SyntaxKind::SHLEQ };
    [>>=] => { $crate::SyntaxKind::SHREQ };
    [as] => { $crate::SyntaxKind::AS_KW };
    [break] => { $crate::SyntaxKind::BREAK_KW };
    [const] => { $crate::SyntaxKind::CONST_KW };
    [continue] => { $crate::SyntaxKind::CONTINUE_KW };
    [crate] => { $crate::SyntaxKind::CRATE_KW };
    [else] => { $crate::SyntaxKind::ELSE_KW };
    [enum] => { $crate::SyntaxKind::ENUM_KW };
    [extern] => { $crate::SyntaxKind::EXTERN_KW };
    [false] => { $crate::SyntaxKind::FALSE_KW };
    [fn] => { $crate::SyntaxKind::FN_KW };
    [for] => { $crate::SyntaxKind::FOR_KW };
    [if] => { $crate::SyntaxKind::IF_KW };
    [impl] => { $crate::SyntaxKind::IMPL_KW };
    [in] => { $crate::SyntaxKind::IN_KW };
    [let] => { $crate::SyntaxKind::LET_KW };
    [loop] => { $crate::SyntaxKind::LOOP_KW };
    [match] => { $crate::SyntaxKind::MATCH_KW };
    [mod] => { $crate::SyntaxKind::MOD_KW };
    [move] => { $crate::SyntaxKind::MOVE_KW };
    [mut] => { $crate::SyntaxKind::MUT_KW };
    [pub] => { $crate::SyntaxKind::PUB_KW };
    [ref] => { $crate::SyntaxKind::REF_KW };
    [return] => { $crate::SyntaxKind::RETURN_KW };
    [self] => { $crate::SyntaxKind::SELF_KW };
    [Self] => { $crate::SyntaxKind::SELF_TYPE_KW };
    [static] => { $crate::SyntaxKind::STATIC_KW };
    [struct] => { $crate::SyntaxKind::STRUCT_KW };
    [super] => { $crate::SyntaxKind::SUPER_KW };
    [trait] => { $crate::SyntaxKind::TRAIT_KW };
    [true] => { $crate::SyntaxKind::TRUE_KW };
    [type] => { $crate::SyntaxKind::TYPE_KW };
    [unsafe] => { $crate::SyntaxKind::UNSAFE_KW };
    [use] => { $crate::SyntaxKind::USE_KW };
    [where] => { $crate::SyntaxKind::WHERE_KW };
    [while] => { $crate::SyntaxKind::WHILE_KW };
    [async] => { $crate::SyntaxKind::ASYNC_KW };
    [await] => { $crate::SyntaxKind::AWAIT_KW };
    [dyn] => { $crate::SyntaxKind::DYN_KW };
    [abstract] => { $crate::SyntaxKind::ABSTRACT_KW };
    [become] => { $crate::SyntaxKind::BECOME_KW };
    [box] => { $crate::SyntaxKind::BOX_KW };
    [do] => { $crate::SyntaxKind::DO_KW };
    [final] => { $crate::SyntaxKind::FINAL_KW };
    [macro] => { $crate::SyntaxKind::MACRO_KW };
    [override] => { $crate::SyntaxKind::OVERRIDE_KW };
    [priv] => { $crate::SyntaxKind::PRIV_KW };
    [typeof] => { $crate::SyntaxKind::TYPEOF_KW };
    [unsized] => { $crate::SyntaxKind::UNSIZED_KW };
    [virtual] => { $crate::SyntaxKind::VIRTUAL_KW };
    [yield] => { $crate::SyntaxKind::YIELD_KW };
    [try] => { $crate::SyntaxKind::TRY_KW };
    [gen] => { $crate::SyntaxKind::GEN_KW };
    [asm] => { $crate::SyntaxKind::ASM_KW };
    [att_syntax] => { $crate::SyntaxKind::ATT_SYNTAX_KW };
    [auto] => { $crate::SyntaxKind::AUTO_KW };
    [builtin] => { $crate::SyntaxKind::BUILTIN_KW };
    [clobber_abi] => { $crate::SyntaxKind::CLOBBER_ABI_KW };
    [default] => { $crate::SyntaxKind::DEFAULT_KW };
    [format_args] => { $crate::SyntaxKind::FORMAT_ARGS_KW };
    [global_asm] => { $crate::SyntaxKind::GLOBAL_ASM_KW };
    [inlateout] => { $crate::SyntaxKind::INLATEOUT_KW };
    [inout] => { $crate::SyntaxKind::INOUT_KW };
    [label] => { $crate::SyntaxKind::LABEL_KW };
    [lateout] => { $crate::SyntaxKind::LATEOUT_KW };
    [macro_rules] => { $crate::SyntaxKind::MACRO_RULES_KW };
    [may_unwind] => { $crate::SyntaxKind::MAY_UNWIND_KW };
    [naked_asm] => { $crate::SyntaxKind::NAKED_ASM_KW };
    [nomem] => { $crate::SyntaxKind::NOMEM_KW };
    [noreturn] => { $crate::SyntaxKind::NORETURN_KW };
    [nostack] => { $crate::SyntaxKind::NOSTACK_KW };
    [offset_of] => { $crate::SyntaxKind::OFFSET_OF_KW };
    [options] => { $crate::SyntaxKind::OPTIONS_KW };
    [out] => { $crate::SyntaxKind::OUT_KW };
    [preserves_flags] => { $crate::SyntaxKind::PRESERVES_FLAGS_KW };
    [pure] => { $crate::SyntaxKind::PURE_KW };
    [raw] => { $crate::SyntaxKind::RAW_KW };
    [readonly] => { $crate::SyntaxKind::READONLY_KW };
    [safe] => { $crate::SyntaxKind::SAFE_KW };
    [sym] => { $crate::SyntaxKind::SYM_KW };
    [union] => { $crate::SyntaxKind::UNION_KW };
    [yeet] => { $crate::SyntaxKind::YEET_KW };
    [ident] => { $crate::SyntaxKind::IDENT };
    [lifetime_ident] => { $crate::SyntaxKind::LIFETIME_IDENT };
    [int_number] => { $crate::SyntaxKind::INT_NUMBER };
    [float_number] => { $crate::SyntaxKind::FLOAT_NUMBER };
    [char] => { $crate::SyntaxKind::CHAR };
    [byte] => { $crate::SyntaxKind::BYTE };
    [string] => { $crate::SyntaxKind::STRING };
    [raw_string] => { $crate::SyntaxKind::RAW_STRING };
    [byte_string] => { $crate::SyntaxKind::BYTE_STRING };
    [raw_byte_string] => { $crate::SyntaxKind::RAW_BYTE_STRING };
    [c_string] => { $crate::SyntaxKind::C_STRING };
    [raw_c_string] => { $crate::SyntaxKind::RAW_C_STRING };
    [shebang] => { $crate::SyntaxKind::SHEBANG };
    [frontmatter] => { $crate::SyntaxKind::FRONTMATTER };
}
