//! Transcribing a matched rule: walking its transcriber's operations with an explicit stack
//! of repetitions, substituting bindings and evaluating metavariable expressions, within the
//! size limit of the fuel.
//!
//! As in rustc: a binding of a fragment other than `tt`, `ident` and `lifetime` is inserted as
//! one group with invisible delimiters; a repetition repeats as many times as the variables in
//! it that still repeat at its depth (which must agree); a variable used where it still repeats
//! is an error; `$name` with no such variable is written out as is.

use sem_syntax::{
    SyntaxKind,
    token_tree::{Delimiter, DelimiterKind, Ident, Leaf, Literal, Punct, Spacing, Subtree, TokenTree},
};

use crate::{
    ExpandError, ExpandErrorKind, Fuel,
    input::{FlatInput, FlatItem},
    invisible,
    matcher::{Binding, Bindings, Fragment},
    parser::{ConcatPart, MetaVarExpr, RepeatOp, Rule, TemplateOp},
};

/// One repetition being transcribed: which round, out of how many.
#[derive(Debug, Clone, Copy)]
struct Round {
    index: usize,
    len: usize,
}

/// Transcribes `rule` with `bindings` (ranges of `input`). Every token the rule's template
/// writes (not those of a binding) gets its span through `mark`, which is how the caller gives
/// them the expansion's hygiene.
pub(crate) fn transcribe<S: Copy>(
    rule: &Rule<S>,
    bindings: &Bindings,
    input: &FlatInput<'_, S>,
    call_site: S,
    fuel: &Fuel,
    mark: &dyn Fn(S) -> S,
) -> Result<Subtree<S>, ExpandError<S>> {
    let template = &rule.template;
    let mut out = Builder { stack: vec![invisible(call_site)], tokens: 0, limit: fuel.expansion_tokens, mark };
    let mut rounds: Vec<Round> = Vec::new();
    let mut i = 0;
    while let Some(op) = template.get(i) {
        match op {
            TemplateOp::Leaf(leaf) => out.template_leaf(leaf.clone())?,
            TemplateOp::Open(delimiter) => {
                let (open, close) = ((out.mark)(delimiter.open), (out.mark)(delimiter.close));
                out.open(Delimiter { open, close, ..*delimiter })?
            }
            TemplateOp::Close => out.close(),
            TemplateOp::Crate(span) => {
                out.template_leaf(Leaf::Ident(Ident { text: "$crate".into(), is_raw: false, span: *span }))?;
            }
            TemplateOp::Var { var: None, ident, dollar } => {
                out.template_leaf(Leaf::Punct(Punct { char: '$', spacing: Spacing::Joint, span: *dollar }))?;
                out.template_leaf(Leaf::Ident(ident.clone()))?;
            }
            TemplateOp::Var { var: Some(var), ident, .. } => match lookup(bindings, *var, &rounds) {
                Some(Binding::Single(fragment)) => out.fragment(input, *fragment)?,
                _ => {
                    return Err(transcription_error(
                        format!("variable `{}` is still repeating at this depth", ident.text),
                        ident.span,
                    ));
                }
            },
            TemplateOp::Repeat { end, op, vars, span, .. } => {
                let len = repetition_len(rule, bindings, vars, &rounds, *span)?;
                if len == 0 {
                    if *op == RepeatOp::OneOrMore {
                        return Err(transcription_error("this must repeat at least once".to_owned(), *span));
                    }
                    i = end + 1;
                    continue;
                }
                rounds.push(Round { index: 0, len });
            }
            TemplateOp::RepeatEnd { start } => {
                let round = rounds.last_mut().expect("a repetition is open");
                round.index += 1;
                if round.index < round.len {
                    if let TemplateOp::Repeat { separator, .. } = &template[*start] {
                        for leaf in separator {
                            out.template_leaf(leaf.clone())?;
                        }
                    }
                    i = start + 1;
                    continue;
                }
                rounds.pop();
            }
            TemplateOp::Expr { expr, span } => {
                let value = match expr {
                    MetaVarExpr::Ignore { var, name } => {
                        if var.is_none() {
                            return Err(unknown_variable(name, *span));
                        }
                        None
                    }
                    MetaVarExpr::Count { var, name, depth } => {
                        let var = var.ok_or_else(|| unknown_variable(name, *span))?;
                        Some(count(bindings, var, *depth, &rounds, *span)?)
                    }
                    MetaVarExpr::Index(depth) => Some(nth_round(&rounds, *depth, "index", *span)?.index),
                    MetaVarExpr::Len(depth) => Some(nth_round(&rounds, *depth, "len", *span)?.len),
                    MetaVarExpr::Concat(parts) => {
                        let text = concat(parts, bindings, input, &rounds, *span)?;
                        out.template_leaf(Leaf::Ident(Ident { text: text.into(), is_raw: false, span: *span }))?;
                        None
                    }
                };
                if let Some(value) = value {
                    out.template_leaf(Leaf::Literal(Literal {
                        text: value.to_string().into(),
                        kind: SyntaxKind::INT_NUMBER,
                        span: *span,
                    }))?;
                }
            }
        }
        i += 1;
    }
    Ok(out.finish())
}

/// The identifier `${concat(..)}` makes: the parts' texts, a metavariable's being its single
/// identifier or literal; the result must be an identifier.
fn concat<S: Copy>(
    parts: &[ConcatPart],
    bindings: &Bindings,
    input: &FlatInput<'_, S>,
    rounds: &[Round],
    span: S,
) -> Result<String, ExpandError<S>> {
    let mut text = String::new();
    for part in parts {
        match part {
            ConcatPart::Ident(ident) | ConcatPart::Literal(ident) => text.push_str(ident),
            ConcatPart::Var { var, name } => {
                let var = var.ok_or_else(|| unknown_variable(name, span))?;
                let Some(Binding::Single(fragment)) = lookup(bindings, var, rounds) else {
                    return Err(transcription_error(
                        format!("variable `{name}` is still repeating at this depth"),
                        span,
                    ));
                };
                let leaf = (fragment.end == fragment.start + 1).then(|| input.item(fragment.start));
                match leaf {
                    Some(FlatItem::Leaf(Leaf::Ident(ident))) => text.push_str(&ident.text),
                    Some(FlatItem::Leaf(Leaf::Literal(literal))) => match crate::parser::concat_literal(literal) {
                        Some(value) => text.push_str(&value),
                        None => {
                            return Err(transcription_error(format!("`{name}` is not a string or an integer"), span));
                        }
                    },
                    _ => {
                        return Err(transcription_error(
                            format!("`concat` wants `{name}` to be an identifier or a literal"),
                            span,
                        ));
                    }
                }
            }
        }
    }
    let is_ident = text.chars().next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && text.chars().all(|c| c == '_' || c.is_alphanumeric())
        && text != "_";
    if !is_ident {
        return Err(transcription_error(format!("`{text}` made by `concat` is not an identifier"), span));
    }
    Ok(text)
}

fn transcription_error<S>(message: String, span: S) -> ExpandError<S> {
    ExpandError::new(ExpandErrorKind::Transcription, message, Some(span))
}

fn unknown_variable<S>(name: &str, span: S) -> ExpandError<S> {
    transcription_error(format!("variable `{name}` is not recognized in meta-variable expression"), span)
}

/// The value of `var` in the current rounds: descends one level of repetition per round, as
/// long as the variable repeats there (a variable of a shallower depth is the same in every
/// round).
fn lookup<'b>(bindings: &'b Bindings, var: usize, rounds: &[Round]) -> Option<&'b Binding> {
    let mut binding = bindings.get(var)?.as_ref()?;
    for round in rounds {
        match binding {
            Binding::Seq(items) => binding = items.get(round.index)?,
            Binding::Single(_) => break,
        }
    }
    Some(binding)
}

/// How many times the repetition that mentions `vars` repeats: the number of repetitions of
/// each variable still repeating here, which must all agree (rustc's lockstep rule).
fn repetition_len<S: Copy>(
    rule: &Rule<S>,
    bindings: &Bindings,
    vars: &[usize],
    rounds: &[Round],
    span: S,
) -> Result<usize, ExpandError<S>> {
    let mut found: Option<(usize, usize)> = None;
    for &var in vars {
        let Some(Binding::Seq(items)) = lookup(bindings, var, rounds) else { continue };
        match found {
            None => found = Some((var, items.len())),
            Some((other, len)) if len != items.len() => {
                return Err(transcription_error(
                    format!(
                        "meta-variable `{}` repeats {len} times, but `{}` repeats {} times",
                        rule.vars[other].name,
                        rule.vars[var].name,
                        items.len()
                    ),
                    span,
                ));
            }
            Some(_) => {}
        }
    }
    match found {
        Some((_, len)) => Ok(len),
        None => Err(transcription_error(
            "attempted to repeat an expression containing no syntax variables matched as repeating at this depth"
                .to_owned(),
            span,
        )),
    }
}

/// `${count(var, depth)}`, with rustc's semantics: the number of repetitions of `var` inside
/// the current rounds, `depth` levels out from its innermost repetition.
fn count<S: Copy>(
    bindings: &Bindings,
    var: usize,
    depth: usize,
    rounds: &[Round],
    span: S,
) -> Result<usize, ExpandError<S>> {
    let Some(mut binding) = bindings.get(var).and_then(Option::as_ref) else {
        return Ok(0);
    };
    // How deep the variable repeats (following first elements, as rustc does).
    let mut var_depth = 0usize;
    let mut probe = binding;
    while let Binding::Seq(items) = probe {
        var_depth += 1;
        match items.first() {
            Some(first) => probe = first,
            None => break,
        }
    }
    let max_depth = var_depth.checked_sub(1).and_then(|depth| depth.checked_sub(rounds.len())).unwrap_or(0);
    if depth > max_depth {
        return Err(out_of_bounds(max_depth + 1, "count", span));
    }
    for round in rounds {
        if let Binding::Seq(items) = binding {
            match items.get(round.index) {
                Some(item) => binding = item,
                None => return Ok(0),
            }
        }
    }
    if let Binding::Single(_) = binding {
        return Err(transcription_error("`count` can not be placed inside the innermost repetition".to_owned(), span));
    }
    // Sum the lengths of the repetitions `max_depth - depth` levels down.
    let mut level = vec![binding];
    for _ in depth..max_depth {
        level = level
            .into_iter()
            .flat_map(|binding| match binding {
                Binding::Seq(items) => items.iter().collect::<Vec<_>>(),
                Binding::Single(_) => vec![binding],
            })
            .collect();
    }
    Ok(level
        .iter()
        .map(|binding| match binding {
            Binding::Seq(items) => items.len(),
            Binding::Single(_) => 1,
        })
        .sum())
}

/// The round `depth` levels out from the innermost one, for `${index(depth)}` and `${len(depth)}`.
fn nth_round<S: Copy>(rounds: &[Round], depth: usize, name: &str, span: S) -> Result<Round, ExpandError<S>> {
    rounds.iter().rev().nth(depth).copied().ok_or_else(|| out_of_bounds(rounds.len(), name, span))
}

fn out_of_bounds<S>(max: usize, name: &str, span: S) -> ExpandError<S> {
    let message = if max == 0 {
        format!("meta-variable expression `{name}` with depth parameter must be called inside of a macro repetition")
    } else {
        format!("depth parameter of meta-variable expression `{name}` must be less than {max}")
    };
    transcription_error(message, span)
}

/// The expansion being built: the groups still open, and the tokens so far.
struct Builder<'m, S> {
    stack: Vec<Subtree<S>>,
    tokens: usize,
    limit: usize,
    /// What the spans of the template's own tokens become.
    mark: &'m dyn Fn(S) -> S,
}

impl<S: Copy> Builder<'_, S> {
    /// A token of the template (not of a binding), its span marked.
    fn template_leaf(&mut self, mut leaf: Leaf<S>) -> Result<(), ExpandError<S>> {
        match &mut leaf {
            Leaf::Ident(ident) => ident.span = (self.mark)(ident.span),
            Leaf::Punct(punct) => punct.span = (self.mark)(punct.span),
            Leaf::Literal(literal) => literal.span = (self.mark)(literal.span),
        }
        self.leaf(leaf)
    }

    fn count(&mut self, tokens: usize) -> Result<(), ExpandError<S>> {
        self.tokens += tokens;
        if self.tokens > self.limit {
            return Err(ExpandError::new(
                ExpandErrorKind::ExpansionTooLarge,
                format!("the expansion has more than {} tokens", self.limit),
                None,
            ));
        }
        Ok(())
    }

    fn leaf(&mut self, leaf: Leaf<S>) -> Result<(), ExpandError<S>> {
        self.count(1)?;
        self.stack.last_mut().expect("the top group is never closed").token_trees.push(TokenTree::Leaf(leaf));
        Ok(())
    }

    fn open(&mut self, delimiter: Delimiter<S>) -> Result<(), ExpandError<S>> {
        self.count(1)?;
        self.stack.push(Subtree { delimiter, token_trees: Vec::new() });
        Ok(())
    }

    fn close(&mut self) {
        if self.stack.len() > 1 {
            let subtree = self.stack.pop().expect("more than one");
            self.stack.last_mut().expect("the top group").token_trees.push(TokenTree::Subtree(subtree));
        }
    }

    /// Copies a binding's tokens, in a group with invisible delimiters unless its kind is
    /// transparent. An empty fragment (an empty `vis`) is an empty group with invisible
    /// delimiters, as rustc's empty nonterminal is: forwarded to another macro, it still matches
    /// that macro's `$v:vis` where the next token could not start one (`[$v struct S $p]`).
    fn fragment(&mut self, input: &FlatInput<'_, S>, fragment: Fragment) -> Result<(), ExpandError<S>> {
        if fragment.start == fragment.end {
            let span = input.span(fragment.start);
            self.open(Delimiter { kind: DelimiterKind::Invisible, open: span, close: span })?;
            self.close();
            return Ok(());
        }
        let wrap = !fragment.kind.is_transparent();
        if wrap {
            self.open(Delimiter {
                kind: DelimiterKind::Invisible,
                open: input.span(fragment.start),
                close: input.span(fragment.end - 1),
            })?;
        }
        self.count(fragment.end - fragment.start)?;
        let base = self.stack.len();
        for position in fragment.start..fragment.end {
            match input.item(position) {
                FlatItem::Leaf(leaf) => {
                    let mut leaf = leaf.clone();
                    // The last character of a fragment is not glued to what follows it.
                    if let Leaf::Punct(punct) = &mut leaf
                        && position + 1 == fragment.end
                        && punct.char != '\''
                    {
                        punct.spacing = Spacing::Alone;
                    }
                    self.stack.last_mut().expect("the top group").token_trees.push(TokenTree::Leaf(leaf));
                }
                FlatItem::Open { subtree, .. } => {
                    self.stack.push(Subtree { delimiter: subtree.delimiter, token_trees: Vec::new() })
                }
                FlatItem::Close { .. } => {
                    if self.stack.len() > base {
                        self.close();
                    }
                }
                FlatItem::Eof => break,
            }
        }
        while self.stack.len() > base {
            self.close();
        }
        if wrap {
            self.close();
        }
        Ok(())
    }

    fn finish(mut self) -> Subtree<S> {
        while self.stack.len() > 1 {
            self.close();
        }
        self.stack.pop().expect("the top group")
    }
}
