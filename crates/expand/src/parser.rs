//! Definitions: the body of a `macro_rules!` (or `macro`) read into rules, each with its matcher
//! compiled to a flat list of locations (as rustc's `macro_parser` has them) and its
//! transcriber to a flat list of operations. Both are read from the token tree with an
//! explicit stack, so a deeply nested definition costs no stack.

use sem_syntax::{
    Edition,
    token_tree::{Delimiter, DelimiterKind, Ident, Leaf, Literal, Punct, Spacing, Subtree, TokenTree},
};
use smol_str::SmolStr;

use crate::{
    DefinitionError, FragmentKind,
    input::leaf_span,
    tokens::{self, MatchToken},
};

/// How deep repetitions may nest in one matcher or transcriber. Bindings are trees as deep as
/// this, so it also bounds the stack that dropping them takes.
const REPETITION_DEPTH_LIMIT: usize = 64;

/// What separates the rules of a definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RuleSeparator {
    /// `macro_rules!`.
    Semicolon,
    /// `macro` 2.0.
    Comma,
}

/// One rule: `matcher => transcriber`.
#[derive(Debug, Clone)]
pub(crate) struct Rule<S> {
    pub(crate) matcher: Vec<MatcherLoc>,
    /// The metavariables the matcher declares, in order; [`MatcherLoc::MetaVar`] and
    /// [`TemplateOp::Var`] refer to them by index.
    pub(crate) vars: Vec<VarDecl>,
    pub(crate) template: Vec<TemplateOp<S>>,
}

/// A metavariable declared by a matcher.
#[derive(Debug, Clone)]
pub(crate) struct VarDecl {
    pub(crate) name: SmolStr,
    pub(crate) specifier: SmolStr,
}

/// `*`, `+` or `?`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RepeatOp {
    ZeroOrMore,
    OneOrMore,
    ZeroOrOne,
}

/// One location of a compiled matcher.
#[derive(Debug, Clone)]
pub(crate) enum MatcherLoc {
    /// A token to match literally.
    Token(MatchToken),
    Open(DelimiterKind),
    Close(DelimiterKind),
    /// The start of `$( ... ) sep? op`. `end` is the location of the sequence's last location
    /// ([`MatcherLoc::KleeneOpNoSep`] or [`MatcherLoc::KleeneOpAfterSep`]); the sequence declares
    /// the variables `first_var..first_var + var_count`; `depth` is the number of sequences
    /// around it.
    Sequence {
        op: RepeatOp,
        end: usize,
        first_var: usize,
        var_count: usize,
        depth: usize,
    },
    /// The end of a sequence without a separator: stop or go back to `first`.
    KleeneOpNoSep {
        op: RepeatOp,
        first: usize,
    },
    /// The end of a sequence with a separator: stop, or match the separator.
    Separator(MatchToken),
    /// After a separator: go back to `first`.
    KleeneOpAfterSep {
        first: usize,
    },
    /// `$name:kind`, binding variable `var`, inside `depth` sequences.
    MetaVar {
        var: usize,
        kind: FragmentKind,
        depth: usize,
    },
    /// The end of the matcher.
    Eof,
}

/// One operation of a compiled transcriber.
#[derive(Debug, Clone)]
pub(crate) enum TemplateOp<S> {
    /// A token written in the transcriber.
    Leaf(Leaf<S>),
    Open(Delimiter<S>),
    Close,
    /// `$name`: the matcher's variable `var`, or, if the matcher declares none of that name,
    /// `$name` written out (as rustc does).
    Var {
        var: Option<usize>,
        ident: Ident<S>,
        dollar: S,
    },
    /// `$crate`, with the span of `crate`.
    Crate(S),
    /// `$( ... ) sep? op`, whose body ends at the [`TemplateOp::RepeatEnd`] at `end`. `vars`
    /// are the variables the body mentions (metavariable expressions included), which decide
    /// how many times it repeats.
    Repeat {
        end: usize,
        separator: Vec<Leaf<S>>,
        op: RepeatOp,
        vars: Vec<usize>,
        span: S,
    },
    RepeatEnd {
        start: usize,
    },
    /// `${ ... }`, with the span of its braces.
    Expr {
        expr: MetaVarExpr,
        span: S,
    },
}

/// A metavariable expression (`${count(x)}`...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MetaVarExpr {
    /// `${count(x, depth)}`.
    Count { var: Option<usize>, name: SmolStr, depth: usize },
    /// `${ignore(x)}`.
    Ignore { var: Option<usize>, name: SmolStr },
    /// `${index(depth)}`.
    Index(usize),
    /// `${len(depth)}`.
    Len(usize),
    /// `${concat(a, $b, "c")}`: one identifier made of the parts' texts.
    Concat(Vec<ConcatPart>),
}

/// One part of `${concat(..)}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ConcatPart {
    /// An identifier, as written.
    Ident(SmolStr),
    /// A literal: a string's value, or an integer's digits.
    Literal(SmolStr),
    /// A metavariable (bound to an identifier or a literal).
    Var { var: Option<usize>, name: SmolStr },
}

/// Reads the rules of a definition body: `matcher => transcriber` separated by `separator`.
pub(crate) fn parse_rules<S: Copy>(
    body: &Subtree<S>,
    separator: RuleSeparator,
    edition: Edition,
) -> Result<Vec<Rule<S>>, DefinitionError<S>> {
    let separator_char = match separator {
        RuleSeparator::Semicolon => ';',
        RuleSeparator::Comma => ',',
    };
    let trees = &body.token_trees;
    let mut rules = Vec::new();
    let mut i = 0;
    while i < trees.len() {
        let matcher = match &trees[i] {
            TokenTree::Subtree(matcher) => matcher,
            TokenTree::Leaf(leaf) => {
                return Err(DefinitionError::new(
                    format!("expected a matcher in parentheses, brackets or braces, found `{}`", leaf_text(leaf)),
                    Some(leaf_span(leaf)),
                ));
            }
        };
        let arrow = matches!(
            (trees.get(i + 1), trees.get(i + 2)),
            (
                Some(TokenTree::Leaf(Leaf::Punct(eq))),
                Some(TokenTree::Leaf(Leaf::Punct(gt)))
            ) if eq.char == '=' && eq.spacing == Spacing::Joint && gt.char == '>'
        );
        if !arrow {
            return Err(DefinitionError::new(
                "expected `=>` after the matcher of a rule",
                Some(matcher.delimiter.close),
            ));
        }
        let Some(TokenTree::Subtree(transcriber)) = trees.get(i + 3) else {
            let span = trees.get(i + 3).map_or(matcher.delimiter.close, tree_span);
            return Err(DefinitionError::new(
                "expected a transcriber in parentheses, brackets or braces after `=>`",
                Some(span),
            ));
        };
        rules.push(parse_rule(matcher, transcriber, edition)?);
        i += 4;
        match trees.get(i) {
            None => {}
            Some(TokenTree::Leaf(Leaf::Punct(punct))) if punct.char == separator_char => i += 1,
            Some(tree) => {
                return Err(DefinitionError::new(
                    format!("expected `{separator_char}` after a rule"),
                    Some(tree_span(tree)),
                ));
            }
        }
    }
    if rules.is_empty() {
        return Err(DefinitionError::new("a macro needs at least one rule", Some(body.delimiter.open)));
    }
    Ok(rules)
}

/// Reads one rule from its matcher and transcriber groups (their delimiters are not part of
/// the rule).
pub(crate) fn parse_rule<S: Copy>(
    matcher: &Subtree<S>,
    transcriber: &Subtree<S>,
    edition: Edition,
) -> Result<Rule<S>, DefinitionError<S>> {
    let (matcher, vars) = compile_matcher(read_ops(&matcher.token_trees, Mode::Matcher)?, edition)?;
    let template = compile_template(read_ops(&transcriber.token_trees, Mode::Transcriber)?, &vars)?;
    Ok(Rule { matcher, vars, template })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Matcher,
    Transcriber,
}

/// A piece of a matcher or transcriber, before compilation.
#[derive(Debug)]
enum DefOp<'a, S> {
    /// One token (glued punctuation is several leaves).
    Token {
        leaves: Vec<Leaf<S>>,
        token: MatchToken,
    },
    Open(Delimiter<S>),
    Close(Delimiter<S>),
    /// `$name`, with `:specifier` in matchers.
    Var {
        ident: Ident<S>,
        dollar: S,
        specifier: Option<Ident<S>>,
    },
    Crate {
        span: S,
    },
    RepeatStart {
        span: S,
    },
    RepeatEnd {
        separator: Option<(Vec<Leaf<S>>, MatchToken)>,
        op: RepeatOp,
        span: S,
    },
    /// `${ ... }` (transcribers only).
    Expr(&'a Subtree<S>),
}

/// What a frame of the walk over a definition's token tree is.
#[derive(Debug, Clone, Copy)]
enum FrameKind<S> {
    Top,
    Group(Delimiter<S>),
    /// Invisible delimiters (a fragment substituted into a definition by another macro): their
    /// contents are read as if written in place.
    Splice,
    /// The inside of `$( ... )`, opened at `span`.
    Repeat(S),
}

struct Frame<'a, S> {
    trees: &'a [TokenTree<S>],
    position: usize,
    kind: FrameKind<S>,
}

/// Reads the pieces of a matcher or transcriber from its token trees.
fn read_ops<S: Copy>(trees: &[TokenTree<S>], mode: Mode) -> Result<Vec<DefOp<'_, S>>, DefinitionError<S>> {
    let mut ops = Vec::new();
    let mut stack = vec![Frame { trees, position: 0, kind: FrameKind::Top }];
    while let Some(frame) = stack.last_mut() {
        let Some(tree) = frame.trees.get(frame.position) else {
            let done = stack.pop().expect("the loop saw a frame");
            match done.kind {
                FrameKind::Top | FrameKind::Splice => {}
                FrameKind::Group(delimiter) => ops.push(DefOp::Close(delimiter)),
                FrameKind::Repeat(span) => {
                    let parent = stack.last_mut().expect("a repetition is inside the top frame");
                    let (separator, op) = read_repetition_suffix(parent, span)?;
                    ops.push(DefOp::RepeatEnd { separator, op, span });
                }
            }
            continue;
        };
        match tree {
            TokenTree::Subtree(subtree) => {
                frame.position += 1;
                let kind = if subtree.delimiter.kind == DelimiterKind::Invisible {
                    FrameKind::Splice
                } else {
                    ops.push(DefOp::Open(subtree.delimiter));
                    FrameKind::Group(subtree.delimiter)
                };
                stack.push(Frame { trees: &subtree.token_trees, position: 0, kind });
            }
            TokenTree::Leaf(Leaf::Punct(dollar)) if dollar.char == '$' => {
                let trees = frame.trees;
                let at = frame.position;
                match trees.get(at + 1) {
                    None => {
                        // A `$` at the end of a group is a `$` token.
                        frame.position += 1;
                        ops.push(single_token(Leaf::Punct(*dollar)));
                    }
                    Some(TokenTree::Leaf(Leaf::Ident(ident))) if ident.text == "crate" && !ident.is_raw => {
                        frame.position += 2;
                        ops.push(DefOp::Crate { span: ident.span });
                    }
                    Some(TokenTree::Leaf(leaf @ (Leaf::Ident(_) | Leaf::Punct(Punct { char: '_', .. })))) => {
                        // rustc lexes `_` as an identifier, so `$_:tt` is a metavariable named `_`
                        // (libc's macros bind ignored parts that way); sem's token trees hold
                        // `_` as punctuation.
                        let ident = match leaf {
                            Leaf::Ident(ident) => ident.clone(),
                            Leaf::Punct(Punct { span, .. }) | Leaf::Literal(Literal { span, .. }) => {
                                Ident { text: "_".into(), is_raw: false, span: *span }
                            }
                        };
                        frame.position += 2;
                        let specifier = match mode {
                            Mode::Matcher => read_specifier(trees, at + 2),
                            Mode::Transcriber => None,
                        };
                        if specifier.is_some() {
                            frame.position += 2;
                        }
                        ops.push(DefOp::Var { ident, dollar: dollar.span, specifier });
                    }
                    Some(TokenTree::Subtree(group)) if group.delimiter.kind == DelimiterKind::Parenthesis => {
                        frame.position += 2;
                        if stack.iter().filter(|frame| matches!(frame.kind, FrameKind::Repeat(_))).count()
                            >= REPETITION_DEPTH_LIMIT
                        {
                            return Err(DefinitionError::new(
                                format!("repetitions nest more than {REPETITION_DEPTH_LIMIT} deep"),
                                Some(dollar.span),
                            ));
                        }
                        ops.push(DefOp::RepeatStart { span: dollar.span });
                        stack.push(Frame {
                            trees: &group.token_trees,
                            position: 0,
                            kind: FrameKind::Repeat(dollar.span),
                        });
                    }
                    Some(TokenTree::Subtree(group)) if group.delimiter.kind == DelimiterKind::Brace => {
                        if mode == Mode::Matcher {
                            return Err(DefinitionError::new(
                                "meta-variable expressions are only allowed in transcribers, not in matchers",
                                Some(dollar.span),
                            ));
                        }
                        frame.position += 2;
                        ops.push(DefOp::Expr(group));
                    }
                    Some(TokenTree::Leaf(Leaf::Punct(second))) if second.char == '$' => {
                        // `$$` is a `$` token.
                        frame.position += 2;
                        ops.push(single_token(Leaf::Punct(*second)));
                    }
                    Some(other) => {
                        return Err(DefinitionError::new(
                            format!("expected an identifier after `$`, found `{}`", tree_text(other)),
                            Some(tree_span(other)),
                        ));
                    }
                }
            }
            TokenTree::Leaf(_) => {
                let (leaves, token) = read_token(frame.trees, frame.position);
                frame.position += leaves.len();
                ops.push(DefOp::Token { leaves, token });
            }
        }
    }
    Ok(ops)
}

/// `:specifier` at `at`, if there is one (`::` is not one).
fn read_specifier<S: Copy>(trees: &[TokenTree<S>], at: usize) -> Option<Ident<S>> {
    let Some(TokenTree::Leaf(Leaf::Punct(colon))) = trees.get(at) else { return None };
    if colon.char != ':' {
        return None;
    }
    let glued_to_colon = colon.spacing == Spacing::Joint
        && matches!(trees.get(at + 1), Some(TokenTree::Leaf(Leaf::Punct(next))) if next.char == ':');
    match trees.get(at + 1) {
        Some(TokenTree::Leaf(Leaf::Ident(specifier))) if !glued_to_colon => Some(specifier.clone()),
        _ => None,
    }
}

fn single_token<'a, S: Copy>(leaf: Leaf<S>) -> DefOp<'a, S> {
    let (leaves, token) = read_token(std::slice::from_ref(&TokenTree::Leaf(leaf)), 0);
    DefOp::Token { leaves, token }
}

/// The token that starts at the leaf `trees[at]`: its leaves and what it matches.
fn read_token<S: Copy>(trees: &[TokenTree<S>], at: usize) -> (Vec<Leaf<S>>, MatchToken) {
    let leaf = |i: usize| match trees.get(i) {
        Some(TokenTree::Leaf(leaf)) => Some(leaf),
        _ => None,
    };
    match leaf(at).expect("a leaf is at `at`") {
        Leaf::Ident(ident) => {
            (vec![Leaf::Ident(ident.clone())], MatchToken::Ident { text: ident.text.clone(), is_raw: ident.is_raw })
        }
        Leaf::Literal(literal) => (vec![Leaf::Literal(literal.clone())], MatchToken::Literal(literal.text.clone())),
        Leaf::Punct(quote) if quote.char == '\'' && quote.spacing == Spacing::Joint => match leaf(at + 1) {
            Some(Leaf::Ident(ident)) => (
                vec![Leaf::Punct(*quote), Leaf::Ident(ident.clone())],
                MatchToken::Lifetime { text: ident.text.clone(), is_raw: ident.is_raw },
            ),
            _ => (vec![Leaf::Punct(*quote)], MatchToken::Punct(tokens::PunctToken::single('\''))),
        },
        Leaf::Punct(_) => {
            let puncts = (at..).map_while(|i| match leaf(i) {
                Some(Leaf::Punct(punct)) => Some(punct),
                _ => None,
            });
            let token = tokens::glue(puncts).expect("a punct is at `at`");
            let leaves = (at..at + token.len()).filter_map(|i| leaf(i).cloned()).collect();
            (leaves, MatchToken::Punct(token))
        }
    }
}

/// The `sep? op` after `$( ... )`, read from the frame the repetition is in.
#[allow(clippy::type_complexity)]
fn read_repetition_suffix<S: Copy>(
    frame: &mut Frame<'_, S>,
    span: S,
) -> Result<(Option<(Vec<Leaf<S>>, MatchToken)>, RepeatOp), DefinitionError<S>> {
    let expected = || DefinitionError::new("expected one of: `*`, `+`, or `?` after a repetition", Some(span));
    let read = |frame: &mut Frame<'_, S>| -> Option<(Vec<Leaf<S>>, MatchToken)> {
        match frame.trees.get(frame.position)? {
            TokenTree::Leaf(_) => {
                let (leaves, token) = read_token(frame.trees, frame.position);
                frame.position += leaves.len();
                Some((leaves, token))
            }
            TokenTree::Subtree(_) => None,
        }
    };
    let as_op = |token: &MatchToken| match token {
        MatchToken::Punct(punct) if punct.is("*") => Some(RepeatOp::ZeroOrMore),
        MatchToken::Punct(punct) if punct.is("+") => Some(RepeatOp::OneOrMore),
        MatchToken::Punct(punct) if punct.is("?") => Some(RepeatOp::ZeroOrOne),
        _ => None,
    };
    let first = read(frame).ok_or_else(expected)?;
    if let Some(op) = as_op(&first.1) {
        return Ok((None, op));
    }
    let op = read(frame).and_then(|(_, token)| as_op(&token)).ok_or_else(expected)?;
    if op == RepeatOp::ZeroOrOne {
        return Err(DefinitionError::new("the `?` macro repetition operator does not take a separator", Some(span)));
    }
    Ok((Some(first), op))
}

/// Compiles a matcher to locations, checking its metavariables.
fn compile_matcher<S: Copy>(
    ops: Vec<DefOp<'_, S>>,
    edition: Edition,
) -> Result<(Vec<MatcherLoc>, Vec<VarDecl>), DefinitionError<S>> {
    let mut locs = Vec::new();
    let mut vars: Vec<VarDecl> = Vec::new();
    let mut sequences: Vec<usize> = Vec::new();
    for op in ops {
        match op {
            DefOp::Token { token, .. } => locs.push(MatcherLoc::Token(token)),
            DefOp::Open(delimiter) => locs.push(MatcherLoc::Open(delimiter.kind)),
            DefOp::Close(delimiter) => locs.push(MatcherLoc::Close(delimiter.kind)),
            DefOp::Crate { .. } => {
                locs.push(MatcherLoc::Token(MatchToken::Ident { text: "$crate".into(), is_raw: false }))
            }
            DefOp::Var { ident, specifier: None, .. } => {
                return Err(DefinitionError::new(
                    format!("missing fragment specifier for `${}`", ident.text),
                    Some(ident.span),
                ));
            }
            DefOp::Var { ident, specifier: Some(specifier), .. } => {
                let Some(kind) = FragmentKind::from_specifier(&specifier.text, edition) else {
                    return Err(DefinitionError::new(
                        format!(
                            "invalid fragment specifier `{}`: expected one of `block`, `expr`, `expr_2021`, \
                             `ident`, `item`, `lifetime`, `literal`, `meta`, `pat`, `pat_param`, `path`, `stmt`, \
                             `tt`, `ty`, `vis`",
                            specifier.text
                        ),
                        Some(specifier.span),
                    ));
                };
                if vars.iter().any(|var| var.name == ident.text) {
                    return Err(DefinitionError::new(
                        format!("duplicate matcher binding `${}`", ident.text),
                        Some(ident.span),
                    ));
                }
                locs.push(MatcherLoc::MetaVar { var: vars.len(), kind, depth: sequences.len() });
                vars.push(VarDecl { name: ident.text.clone(), specifier: specifier.text.clone() });
            }
            DefOp::RepeatStart { .. } => {
                let depth = sequences.len();
                sequences.push(locs.len());
                locs.push(MatcherLoc::Sequence {
                    op: RepeatOp::ZeroOrMore,
                    end: 0,
                    first_var: vars.len(),
                    var_count: 0,
                    depth,
                });
            }
            DefOp::RepeatEnd { separator, op, span } => {
                let start = sequences.pop().expect("repetitions are balanced");
                let first = start + 1;
                if can_match_empty(&locs[first..]) {
                    return Err(DefinitionError::new("repetition matches empty token tree", Some(span)));
                }
                match separator {
                    Some((_, token)) => {
                        locs.push(MatcherLoc::Separator(token));
                        locs.push(MatcherLoc::KleeneOpAfterSep { first });
                    }
                    None => locs.push(MatcherLoc::KleeneOpNoSep { op, first }),
                }
                let end = locs.len() - 1;
                let var_total = vars.len();
                if let MatcherLoc::Sequence { op: seq_op, end: seq_end, first_var, var_count, .. } = &mut locs[start] {
                    *seq_op = op;
                    *seq_end = end;
                    *var_count = var_total - *first_var;
                }
            }
            DefOp::Expr(group) => {
                return Err(DefinitionError::new(
                    "meta-variable expressions are only allowed in transcribers, not in matchers",
                    Some(group.delimiter.open),
                ));
            }
        }
    }
    locs.push(MatcherLoc::Eof);
    Ok((locs, vars))
}

/// Whether a sequence body (its locations, nested sequences compiled) can match no tokens:
/// rustc refuses such repetitions, which would loop without consuming input.
fn can_match_empty(body: &[MatcherLoc]) -> bool {
    let mut i = 0;
    while let Some(loc) = body.get(i) {
        match loc {
            MatcherLoc::MetaVar { kind: FragmentKind::Vis, .. } => i += 1,
            MatcherLoc::Sequence { op: RepeatOp::ZeroOrMore | RepeatOp::ZeroOrOne, .. } => i = skip_sequence(body, i),
            _ => return false,
        }
    }
    true
}

/// The index in `body` just after the sequence that starts at `body[i]`.
fn skip_sequence(body: &[MatcherLoc], i: usize) -> usize {
    let mut depth = 0usize;
    let mut j = i;
    while let Some(loc) = body.get(j) {
        match loc {
            MatcherLoc::Sequence { .. } => depth += 1,
            MatcherLoc::KleeneOpNoSep { .. } | MatcherLoc::KleeneOpAfterSep { .. } => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    j
}

/// Compiles a transcriber to operations, resolving its variables against the matcher's.
fn compile_template<S: Copy>(
    ops: Vec<DefOp<'_, S>>,
    vars: &[VarDecl],
) -> Result<Vec<TemplateOp<S>>, DefinitionError<S>> {
    let find = |name: &str| vars.iter().position(|var| var.name == name);
    let mut template = Vec::new();
    let mut repeats: Vec<usize> = Vec::new();
    for op in ops {
        match op {
            DefOp::Token { leaves, .. } => template.extend(leaves.into_iter().map(TemplateOp::Leaf)),
            DefOp::Open(delimiter) => template.push(TemplateOp::Open(delimiter)),
            DefOp::Close(_) => template.push(TemplateOp::Close),
            DefOp::Var { ident, dollar, .. } => {
                template.push(TemplateOp::Var { var: find(&ident.text), ident, dollar })
            }
            DefOp::Crate { span } => template.push(TemplateOp::Crate(span)),
            DefOp::RepeatStart { span } => {
                repeats.push(template.len());
                template.push(TemplateOp::Repeat {
                    end: 0,
                    separator: Vec::new(),
                    op: RepeatOp::ZeroOrMore,
                    vars: Vec::new(),
                    span,
                });
            }
            DefOp::RepeatEnd { separator, op, .. } => {
                let start = repeats.pop().expect("repetitions are balanced");
                let end = template.len();
                template.push(TemplateOp::RepeatEnd { start });
                let mut body_vars = Vec::new();
                for inner in &template[start + 1..end] {
                    let vars: Vec<Option<usize>> = match inner {
                        TemplateOp::Var { var, .. } => vec![*var],
                        TemplateOp::Expr {
                            expr: MetaVarExpr::Count { var, .. } | MetaVarExpr::Ignore { var, .. },
                            ..
                        } => vec![*var],
                        TemplateOp::Expr { expr: MetaVarExpr::Concat(parts), .. } => parts
                            .iter()
                            .filter_map(|part| match part {
                                ConcatPart::Var { var, .. } => Some(*var),
                                _ => None,
                            })
                            .collect(),
                        _ => Vec::new(),
                    };
                    for var in vars.into_iter().flatten() {
                        if !body_vars.contains(&var) {
                            body_vars.push(var);
                        }
                    }
                }
                if let TemplateOp::Repeat {
                    end: repeat_end, separator: repeat_separator, op: repeat_op, vars, ..
                } = &mut template[start]
                {
                    *repeat_end = end;
                    let mut leaves = separator.map(|(leaves, _)| leaves).unwrap_or_default();
                    // The separator is glued to nothing that follows it.
                    if let Some(Leaf::Punct(last)) = leaves.last_mut() {
                        last.spacing = Spacing::Alone;
                    }
                    *repeat_separator = leaves;
                    *repeat_op = op;
                    *vars = body_vars;
                }
            }
            DefOp::Expr(group) => {
                let expr = parse_metavar_expr(group, &find)?;
                template.push(TemplateOp::Expr { expr, span: group.delimiter.open });
            }
        }
    }
    // A punctuation character written before a `$var` or a group is not glued to what ends up
    // there: only punctuation written next to it in the transcriber stays joint.
    for i in 0..template.len() {
        let next_is_punct = matches!(template.get(i + 1), Some(TemplateOp::Leaf(Leaf::Punct(_))));
        if let TemplateOp::Leaf(Leaf::Punct(punct)) = &mut template[i]
            && punct.char != '\''
            && !next_is_punct
        {
            punct.spacing = Spacing::Alone;
        }
    }
    Ok(template)
}

/// Parses the inside of `${ ... }`.
fn parse_metavar_expr<S: Copy>(
    group: &Subtree<S>,
    find: &impl Fn(&str) -> Option<usize>,
) -> Result<MetaVarExpr, DefinitionError<S>> {
    let error = |message: String| DefinitionError::new(message, Some(group.delimiter.open));
    let [TokenTree::Leaf(Leaf::Ident(name)), TokenTree::Subtree(args)] = group.token_trees.as_slice() else {
        return Err(error("expected a meta-variable expression such as `${count($x)}`".to_owned()));
    };
    if args.delimiter.kind != DelimiterKind::Parenthesis {
        return Err(error(format!("expected `(` after `{}` in a meta-variable expression", name.text)));
    }
    let mut args: &[TokenTree<S>] = &args.token_trees;
    let variable = |args: &mut &[TokenTree<S>]| -> Result<(Option<usize>, SmolStr), DefinitionError<S>> {
        let current: &[TokenTree<S>] = args;
        if let [TokenTree::Leaf(Leaf::Punct(dollar)), rest @ ..] = current
            && dollar.char == '$'
        {
            *args = rest;
        }
        let current: &[TokenTree<S>] = args;
        match current {
            [TokenTree::Leaf(Leaf::Ident(var)), rest @ ..] => {
                *args = rest;
                Ok((find(&var.text), var.text.clone()))
            }
            _ => Err(error(format!("expected a meta-variable name in `{}`", name.text))),
        }
    };
    let depth = |args: &[TokenTree<S>]| -> Result<usize, DefinitionError<S>> {
        match args {
            [] => Ok(0),
            [TokenTree::Leaf(Leaf::Literal(literal))] => literal
                .text
                .parse::<usize>()
                .map_err(|_| error(format!("expected a number as the depth of `{}`", name.text))),
            _ => Err(error(format!("expected a number as the depth of `{}`", name.text))),
        }
    };
    let expr = match name.text.as_str() {
        "count" => {
            let (var, var_name) = variable(&mut args)?;
            let depth = match args {
                [] => 0,
                [TokenTree::Leaf(Leaf::Punct(comma)), rest @ ..] if comma.char == ',' => depth(rest)?,
                _ => return Err(error("expected `,` and a depth after the variable of `count`".to_owned())),
            };
            MetaVarExpr::Count { var, name: var_name, depth }
        }
        "ignore" => {
            let (var, var_name) = variable(&mut args)?;
            if !args.is_empty() {
                return Err(error("`ignore` takes one meta-variable".to_owned()));
            }
            MetaVarExpr::Ignore { var, name: var_name }
        }
        "index" => MetaVarExpr::Index(depth(args)?),
        "len" => MetaVarExpr::Len(depth(args)?),
        "concat" => {
            let mut parts = Vec::new();
            for part in args.split(|tree| matches!(tree, TokenTree::Leaf(Leaf::Punct(comma)) if comma.char == ',')) {
                let part = match part {
                    [TokenTree::Leaf(Leaf::Punct(dollar)), TokenTree::Leaf(Leaf::Ident(var))] if dollar.char == '$' => {
                        ConcatPart::Var { var: find(&var.text), name: var.text.clone() }
                    }
                    [TokenTree::Leaf(Leaf::Ident(ident))] => ConcatPart::Ident(ident.text.clone()),
                    [TokenTree::Leaf(Leaf::Literal(literal))] => match concat_literal(literal) {
                        Some(text) => ConcatPart::Literal(text),
                        None => return Err(error("`concat` takes string and integer literals".to_owned())),
                    },
                    _ => return Err(error("`concat` takes identifiers, literals and meta-variables".to_owned())),
                };
                parts.push(part);
            }
            if parts.len() < 2 {
                return Err(error("`concat` takes at least two parts".to_owned()));
            }
            MetaVarExpr::Concat(parts)
        }
        other => {
            return Err(error(format!(
                "unrecognized meta-variable expression `{other}`: expected one of `concat`, `count`, `ignore`, `index`, `len`"
            )));
        }
    };
    Ok(expr)
}

/// What a literal gives to `${concat(..)}`: a string's value or an integer's digits.
pub(crate) fn concat_literal<S>(literal: &sem_syntax::token_tree::Literal<S>) -> Option<SmolStr> {
    match literal.kind {
        sem_syntax::SyntaxKind::STRING => sem_syntax::ast::string_literal_value(&literal.text).map(SmolStr::from),
        sem_syntax::SyntaxKind::INT_NUMBER => Some(literal.text.clone()),
        _ => None,
    }
}

fn tree_span<S: Copy>(tree: &TokenTree<S>) -> S {
    match tree {
        TokenTree::Leaf(leaf) => leaf_span(leaf),
        TokenTree::Subtree(subtree) => subtree.delimiter.open,
    }
}

fn leaf_text<S>(leaf: &Leaf<S>) -> String {
    match leaf {
        Leaf::Ident(ident) if ident.is_raw => format!("r#{}", ident.text),
        Leaf::Ident(ident) => ident.text.to_string(),
        Leaf::Literal(literal) => literal.text.to_string(),
        Leaf::Punct(punct) => punct.char.to_string(),
    }
}

fn tree_text<S>(tree: &TokenTree<S>) -> String {
    match tree {
        TokenTree::Leaf(leaf) => leaf_text(leaf),
        TokenTree::Subtree(subtree) => tokens::delimiter_text(subtree.delimiter.kind).0.to_owned(),
    }
}
