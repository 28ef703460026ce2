//! `asm!`, `naked_asm!` and `global_asm!`: the arguments read as rustc reads them (template
//! strings, then operands, `options(...)` and `clobber_abi(...)`), and an expansion that keeps
//! every operand expression in sight (see [`super::BuiltinMacro::Asm`]).

use sem_syntax::token_tree::{DelimiterKind, Leaf, Subtree, TokenTree};

use super::{Expander, args::Cursor, error, literal::LitValue};
use crate::{ExpandError, build::TokenBuilder, fragment::FragmentKind, tokens::Token};

/// Which of the three.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AsmKind {
    Asm,
    Naked,
    Global,
}

/// An operand whose expression the expansion keeps.
enum Operand<'a, S> {
    /// An input or output expression, a `sym` path, a `const` expression.
    Expr(&'a [TokenTree<S>]),
    /// The block of a `label` operand.
    Block(&'a TokenTree<S>),
}

impl<S: Copy> Expander<'_, S> {
    pub(super) fn asm(&self, input: &Subtree<S>, kind: AsmKind) -> Result<Subtree<S>, ExpandError<S>> {
        let mut cursor = Cursor::new(input, self.edition);
        if cursor.at_end() {
            return Err(error("requires at least a template string argument", Some(self.call_site)));
        }
        let mut operands: Vec<Operand<'_, S>> = Vec::new();
        let mut noreturn = false;
        let mut templates = true;
        while !cursor.at_end() {
            let token = cursor.token();
            let is_template = matches!(token, Token::Literal(_))
                || (matches!(token, Token::Ident(_)) && cursor.flat.token(cursor.position + 1).is_punct("!"));
            if templates && is_template {
                let span = cursor.span();
                let trees = cursor.expr()?;
                match self.eval_literal(trees)? {
                    Some(super::args::Lit { value: LitValue::Str(_), .. }) => {}
                    _ => return Err(error("asm template must be a string literal", Some(span))),
                }
            } else if templates && operands.is_empty() && cursor.position == 0 {
                return Err(error("asm template must be a string literal", Some(cursor.span())));
            } else {
                templates = false;
                self.asm_operand(&mut cursor, kind, &mut operands, &mut noreturn)?;
            }
            if cursor.at_end() {
                break;
            }
            cursor.expect_comma()?;
        }

        let mut out = TokenBuilder::new(self.call_site);
        if kind == AsmKind::Global {
            if operands.is_empty() {
                return Ok(out.finish());
            }
            out.text("const _: () =");
        }
        out.open(DelimiterKind::Brace);
        for operand in &operands {
            match operand {
                Operand::Expr(trees) => {
                    out.text("let _ = &");
                    out.group(DelimiterKind::Parenthesis, trees);
                    out.text(";");
                }
                Operand::Block(block) => {
                    out.tree((*block).clone());
                }
            }
        }
        if kind == AsmKind::Naked || (kind == AsmKind::Asm && noreturn) {
            out.text("loop {}");
        }
        out.close();
        if kind == AsmKind::Global {
            out.text(";");
        }
        Ok(out.finish())
    }

    /// One operand (or `options(...)`, `clobber_abi(...)`), possibly named.
    fn asm_operand<'a>(
        &self,
        cursor: &mut Cursor<'a, S>,
        kind: AsmKind,
        operands: &mut Vec<Operand<'a, S>>,
        noreturn: &mut bool,
    ) -> Result<(), ExpandError<S>> {
        // `name = operand`.
        if matches!(cursor.token(), Token::Ident(_)) && cursor.flat.token(cursor.position + 1).is_punct("=") {
            cursor.bump_token();
            cursor.bump_token();
        }
        let Token::Ident(keyword) = cursor.token() else {
            let found = cursor.token().describe();
            return Err(error(
                format!("expected operand, clobber_abi, options, or additional template string, found `{found}`"),
                Some(cursor.span()),
            ));
        };
        let keyword = if keyword.is_raw { String::new() } else { keyword.text.to_string() };
        let span = cursor.span();
        let followed_by_group =
            matches!(cursor.flat.token(cursor.position + 1), Token::Open(DelimiterKind::Parenthesis));
        match keyword.as_str() {
            "in" | "out" | "lateout" | "inout" | "inlateout" if followed_by_group && kind != AsmKind::Global => {
                cursor.bump_tree();
                cursor.bump_tree();
                let output = keyword != "in";
                if output && cursor.token().is_punct("_") {
                    cursor.bump_token();
                } else {
                    operands.push(Operand::Expr(cursor.expr()?));
                }
                if (keyword == "inout" || keyword == "inlateout") && cursor.token().is_punct("=>") {
                    cursor.bump_token();
                    if cursor.token().is_punct("_") {
                        cursor.bump_token();
                    } else {
                        operands.push(Operand::Expr(cursor.expr()?));
                    }
                }
            }
            "sym" => {
                cursor.bump_tree();
                operands.push(Operand::Expr(cursor.fragment(FragmentKind::Path, "path")?));
            }
            "const" => {
                cursor.bump_tree();
                operands.push(Operand::Expr(cursor.expr()?));
            }
            "label" if kind == AsmKind::Asm => {
                cursor.bump_tree();
                match cursor.tree() {
                    Some(block @ TokenTree::Subtree(subtree)) if subtree.delimiter.kind == DelimiterKind::Brace => {
                        operands.push(Operand::Block(block));
                        cursor.bump_tree();
                    }
                    _ => return Err(error("expected a block after `label`", Some(cursor.span()))),
                }
            }
            "options" | "clobber_abi" if followed_by_group => {
                cursor.bump_tree();
                if keyword == "options"
                    && let Some(TokenTree::Subtree(options)) = cursor.tree()
                {
                    *noreturn |= options
                        .token_trees
                        .iter()
                        .any(|tree| matches!(tree, TokenTree::Leaf(Leaf::Ident(ident)) if ident.text == "noreturn"));
                }
                cursor.bump_tree();
            }
            _ => {
                return Err(error(
                    format!("expected operand, clobber_abi, options, or additional template string, found `{keyword}`"),
                    Some(span),
                ));
            }
        }
        Ok(())
    }
}
