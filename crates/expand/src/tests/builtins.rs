//! Built-in function-like macros, through [`check_builtin`]: a call written as source text,
//! expanded with a test [`BuiltinContext`], the expansion printed as Rust (or the error). Every
//! expansion in expression position is also parsed as an expression, which must have no
//! syntax errors.

use expect_test::{Expect, expect};
use sem_syntax::{
    Edition, TopEntryPoint,
    token_tree::{Delimiter, DelimiterKind, Leaf, Subtree, TokenTree, token_tree_to_syntax},
};
use text_size::TextRange;

use super::{Span, token_tree};
use crate::{
    BuiltinContext, BuiltinExpansion, BuiltinMacro, EAGER_DEPTH_LIMIT, EagerCall, ExpandErrorKind,
    builtin::tokens_to_string, expand_builtin,
};

/// The context of the tests: a few environment variables, `unix` and `feature = "std"` set,
/// two files.
struct TestContext;

impl BuiltinContext<Span> for TestContext {
    fn env(&self, key: &str) -> Option<String> {
        match key {
            "OUT_DIR" => Some("/target/out".to_owned()),
            "CARGO_PKG_NAME" => Some("demo".to_owned()),
            "QUOTED" => Some("say \"hi\"\n".to_owned()),
            _ => None,
        }
    }

    fn cfg(&self, predicate: &Subtree<Span>) -> Option<bool> {
        evaluate_cfg(&predicate.token_trees)
    }

    fn file_name(&self) -> String {
        "src/lib.rs".to_owned()
    }

    fn line(&self, _call_site: Span) -> u32 {
        42
    }

    fn column(&self, call_site: Span) -> u32 {
        u32::from(call_site.range.start()) + 1
    }

    fn module_path(&self) -> String {
        "demo::a::b".to_owned()
    }

    fn read_text(&self, path: &str) -> Result<String, String> {
        match path {
            "data.txt" => Ok("hello \"world\"\n".to_owned()),
            "code.rs" => Ok("1 + 1".to_owned()),
            _ => Err("No such file or directory".to_owned()),
        }
    }

    fn read_bytes(&self, path: &str) -> Result<Vec<u8>, String> {
        match path {
            "blob.bin" => Ok(vec![0, 1, b'a', b'"', b'\\', 0x7f, 0xff, b'\n']),
            _ => self.read_text(path).map(String::into_bytes),
        }
    }

    fn eager_call(&self, path: &[TokenTree<Span>], input: &Subtree<Span>) -> EagerCall<Span> {
        // `my_str!()` stands for a `macro_rules!` macro the caller expands.
        match path {
            [TokenTree::Leaf(Leaf::Ident(ident))] if ident.text == "my_str" => {
                let mut tokens = token_tree("\"from my_str\"", true, Edition::Edition2021);
                tokens.delimiter = input.delimiter;
                EagerCall::Expanded(tokens)
            }
            [TokenTree::Leaf(Leaf::Ident(ident))] if ident.text == "panic" => EagerCall::Unknown,
            _ => match path.last() {
                Some(TokenTree::Leaf(Leaf::Ident(ident))) => {
                    BuiltinMacro::from_name(&ident.text).map_or(EagerCall::Unknown, EagerCall::Builtin)
                }
                _ => EagerCall::Unknown,
            },
        }
    }
}

/// `unix`, `feature = "std"`, `all(...)`, `any(...)`, `not(...)`; `None` for anything else.
fn evaluate_cfg(trees: &[TokenTree<Span>]) -> Option<bool> {
    match trees {
        [TokenTree::Leaf(Leaf::Ident(name))] => Some(name.text == "unix"),
        [
            TokenTree::Leaf(Leaf::Ident(name)),
            TokenTree::Leaf(Leaf::Punct(eq)),
            TokenTree::Leaf(Leaf::Literal(value)),
        ] if eq.char == '=' => Some(name.text == "feature" && value.text == "\"std\""),
        [TokenTree::Leaf(Leaf::Ident(name)), TokenTree::Subtree(args)] => {
            let parts: Vec<Option<bool>> = args
                .token_trees
                .split(|tree| matches!(tree, TokenTree::Leaf(Leaf::Punct(p)) if p.char == ','))
                .filter(|part| !part.is_empty())
                .map(evaluate_cfg)
                .collect();
            let parts: Option<Vec<bool>> = parts.into_iter().collect();
            let parts = parts?;
            match name.text.as_str() {
                "all" => Some(parts.iter().all(|part| *part)),
                "any" => Some(parts.iter().any(|part| *part)),
                "not" if parts.len() == 1 => Some(!parts[0]),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The built-in and the input of the call `name!(...)` written in `text`.
fn call(text: &str, edition: Edition) -> (BuiltinMacro, Subtree<Span>) {
    let tt = token_tree(text, true, edition);
    let name = tt
        .token_trees
        .iter()
        .find_map(|tree| match tree {
            TokenTree::Leaf(Leaf::Ident(ident)) => Some(ident.text.to_string()),
            _ => None,
        })
        .expect("a macro name");
    let kind = BuiltinMacro::from_name(&name).unwrap_or_else(|| panic!("not a built-in: {name}"));
    let input = tt
        .token_trees
        .iter()
        .rev()
        .find_map(|tree| match tree {
            TokenTree::Subtree(subtree) => Some(subtree.clone()),
            TokenTree::Leaf(_) => None,
        })
        .expect("a call has a group");
    (kind, input)
}

fn call_site() -> Span {
    Span { in_call: true, range: TextRange::default() }
}

/// Expands the call in `text` in `edition` and renders the result.
fn render_builtin(text: &str, edition: Edition) -> String {
    let (kind, input) = call(text, edition);
    match expand_builtin(kind, &input, call_site(), edition, &TestContext) {
        Ok(BuiltinExpansion::Tokens(tokens)) => {
            if expands_to_expression(kind) {
                let (parse, _) = token_tree_to_syntax(&tokens, TopEntryPoint::Expr, edition);
                assert!(
                    parse.errors().is_empty(),
                    "the expansion of {text} does not parse as an expression: {:?}\n{}",
                    parse.errors(),
                    tokens.to_text()
                );
            }
            tokens_to_string(&tokens.token_trees)
        }
        Ok(BuiltinExpansion::Include { path }) => format!("include {path:?}"),
        Err(error) => format!("error ({:?}): {}", error.kind(), error.message()),
    }
}

fn expands_to_expression(kind: BuiltinMacro) -> bool {
    !matches!(
        kind,
        BuiltinMacro::GlobalAsm
            | BuiltinMacro::CfgSelect
            | BuiltinMacro::TraceMacros
            | BuiltinMacro::LogSyntax
            | BuiltinMacro::PatternType
            | BuiltinMacro::Include
    )
}

/// Expands the call in `text` (edition 2021) and compares the printed expansion with `expect`.
fn check_builtin(text: &str, expect: Expect) {
    expect.assert_eq(&render_builtin(text, Edition::Edition2021));
}

/// [`check_builtin`] in `edition`.
fn check_builtin_edition(edition: Edition, text: &str, expect: Expect) {
    expect.assert_eq(&render_builtin(text, edition));
}

#[test]
fn names_round_trip() {
    for kind in BuiltinMacro::all() {
        assert_eq!(BuiltinMacro::from_name(kind.name()), Some(kind));
    }
    assert_eq!(BuiltinMacro::all().count(), 30);
    assert_eq!(BuiltinMacro::from_name("panic"), None);
    assert_eq!(BuiltinMacro::from_name("std_panic"), Some(BuiltinMacro::StdPanic));
}

#[test]
fn concat() {
    check_builtin(
        r#"concat!("a", 1, -2, 3.5, true, 'c', "\n\"", -0.0, 1e3, 10u8, 2_000, 0x10, 1_0.5f32)"#,
        expect![[r#""a1-23.5truec\n\"-0.01e31020001610.5""#]],
    );
    check_builtin("concat!()", expect![[r#""""#]]);
    check_builtin(r#"concat!("trailing", "comma",)"#, expect![[r#""trailingcomma""#]]);
    check_builtin(r##"concat!(r#"raw "quoted""#, '\u{e9}', '\'')"##, expect![[r#""raw \"quoted\"é'""#]]);
}

#[test]
fn concat_expands_built_in_calls_first() {
    check_builtin(r#"concat!(env!("OUT_DIR"), "/generated.rs")"#, expect![[r#""/target/out/generated.rs""#]]);
    check_builtin(
        r#"concat!(concat!("a", concat!("b", 1)), stringify!(x + y), line!(), file!(), module_path!())"#,
        expect![[r#""ab1x + y42src/lib.rsdemo::a::b""#]],
    );
    check_builtin(r#"concat!(::core::concat!("a"), std::stringify!(b))"#, expect![[r#""ab""#]]);
    check_builtin(r#"concat!(cfg!(unix), "-", column!())"#, expect![[r#""true-26""#]]);
    check_builtin(r#"concat!(my_str!(), "!")"#, expect![[r#""from my_str!""#]]);
}

#[test]
fn concat_errors() {
    check_builtin(
        "concat!(x)",
        expect![[
            r#"error (Builtin): expected a literal (only literals like `"foo"`, `-42` and `3.14` can be passed to `concat!()`)"#
        ]],
    );
    check_builtin(
        "concat!(1 + 2)",
        expect![[
            r#"error (Builtin): expected a literal (only literals like `"foo"`, `-42` and `3.14` can be passed to `concat!()`)"#
        ]],
    );
    check_builtin(
        "concat!(unknown_macro!())",
        expect![[
            r#"error (Builtin): expected a literal (only literals like `"foo"`, `-42` and `3.14` can be passed to `concat!()`)"#
        ]],
    );
    check_builtin(r#"concat!(b"bytes")"#, expect!["error (Builtin): cannot concatenate a byte string literal"]);
    check_builtin(r#"concat!(c"c")"#, expect!["error (Builtin): cannot concatenate a C string literal"]);
    check_builtin(r#"concat!("a" "b")"#, expect![[r#"error (Builtin): expected `,`, found `"b"`"#]]);
    check_builtin(r#"concat!("a",, "b")"#, expect!["error (Builtin): expected expression, found `,`"]);
    check_builtin(
        r#"concat!(env!("MISSING"))"#,
        expect!["error (Builtin): environment variable `MISSING` not defined at compile time"],
    );
}

#[test]
fn concat_bytes() {
    check_builtin(
        r#"concat_bytes!(b"ab", b'c', [1, 2, b'\n'], [0x7f; 3], br"\x", b"\xff\0")"#,
        expect![[r#"b"abc\x01\x02\n\x7f\x7f\x7f\\x\xff\0""#]],
    );
    check_builtin("concat_bytes!()", expect![[r#"b"""#]]);
    check_builtin(
        "concat_bytes!(1)",
        expect!["error (Builtin): cannot concatenate numeric literals (wrap the number in an array: `[1]`)"],
    );
    check_builtin(
        r#"concat_bytes!("s")"#,
        expect!["error (Builtin): cannot concatenate string literals (use a byte string literal instead)"],
    );
    check_builtin("concat_bytes!([256])", expect!["error (Builtin): numeric literal is out of bounds"]);
    check_builtin("concat_bytes!([1u16])", expect!["error (Builtin): numeric literal is not a `u8`"]);
}

#[test]
fn concat_idents() {
    check_builtin("concat_idents!(get_, r#type, _mut)", expect!["get_type_mut"]);
    check_builtin("concat_idents!(a, 1)", expect!["error (Builtin): concat_idents! requires ident args"]);
    check_builtin("concat_idents!()", expect!["error (Builtin): concat_idents! takes 1 or more arguments"]);
}

#[test]
fn stringify() {
    check_builtin("stringify!(a + b)", expect![[r#""a + b""#]]);
    check_builtin("stringify!(Vec<u8>)", expect![[r#""Vec<u8>""#]]);
    check_builtin("stringify!(a::b::<c>(d, e) -> f)", expect![[r#""a::b::<c>(d, e) -> f""#]]);
    check_builtin(
        "stringify!(#[attr] fn f<T: Clone>(&self, x: &'a mut T) -> Option<&'static str> { x.y[0]; !z; -1; a..b; a..=b })",
        expect![[
            r##""#[attr] fn f<T: Clone>(&self, x: &'a mut T) -> Option<&'static str> { x.y[0]; !z; -1; a..b; a..=b }""##
        ]],
    );
    check_builtin(
        "stringify!(struct S { a: u8 } impl<T> X for Y<T> where T: Copy {})",
        expect![[r#""struct S { a: u8 } impl<T> X for Y<T> where T: Copy {}""#]],
    );
    check_builtin(
        r##"stringify!("a" 'b' b"c" r#"d"# 1u8 -1 1.5)"##,
        expect![[r##""\"a\" 'b' b\"c\" r#\"d\"# 1u8 - 1 1.5""##]],
    );
    check_builtin(
        "stringify!(let v: Vec<Vec<u8>> = x.iter().map(|x| x * 2).collect::<Vec<_>>()?;)",
        expect![[r#""let v: Vec<Vec<u8>> = x.iter().map(|x| x * 2).collect::<Vec<_>>()?;""#]],
    );
    check_builtin(
        "stringify!(if a < b && c > d { vec![1, 2] } else { println!(\"{}\", x) })",
        expect![[r#""if a < b && c > d { vec![1, 2] } else { println!(\"{}\", x) }""#]],
    );
    check_builtin(
        "stringify!(<T as Trait>::Assoc; &&x; *p = -y; move || x; r#type; 'a: loop {})",
        expect![[r#""<T as Trait>::Assoc; &&x; *p = -y; move || x; r#type; 'a: loop {}""#]],
    );
    check_builtin(
        "stringify!(use a::{b::{c, d}, e}; #![allow(x)] match c { 'a'..='z' | 'A'..='Z' => true, _ => false })",
        expect![[r#""use a::{b::{c, d}, e}; #![allow(x)] match c { 'a'..='z' | 'A'..='Z' => true, _ => false }""#]],
    );
    check_builtin(
        "stringify!(fn g() -> impl Iterator<Item = u8> + 'static { x as *const u8 as usize; 1 << 2 >> 3 })",
        expect![[r#""fn g() -> impl Iterator<Item = u8> + 'static { x as *const u8 as usize; 1 << 2 >> 3 }""#]],
    );
    check_builtin("stringify!()", expect![[r#""""#]]);
    check_builtin("stringify!(a, b; c => d)", expect![[r#""a, b; c => d""#]]);
}

#[test]
fn source_position_macros() {
    check_builtin("line!()", expect!["42u32"]);
    check_builtin("column!()", expect!["1u32"]);
    check_builtin("file!()", expect![[r#""src/lib.rs""#]]);
    check_builtin("module_path!()", expect![[r#""demo::a::b""#]]);
    check_builtin("line!(1)", expect!["error (Builtin): line! takes no arguments"]);
    check_builtin("file!(x)", expect!["error (Builtin): file! takes no arguments"]);
}

#[test]
fn cfg() {
    check_builtin("cfg!(unix)", expect!["true"]);
    check_builtin("cfg!(windows)", expect!["false"]);
    check_builtin(r#"cfg!(all(unix, feature = "std", not(windows)),)"#, expect!["true"]);
    check_builtin("cfg!()", expect!["error (Builtin): macro requires a cfg-pattern as an argument"]);
    check_builtin("cfg!(unix, windows)", expect!["error (Builtin): expected 1 cfg-pattern"]);
    check_builtin("cfg!(what(ever))", expect!["error (Builtin): invalid cfg predicate"]);
}

#[test]
fn cfg_select() {
    let text = "cfg_select! { windows => { fn a() {} } unix => { fn b() {} } _ => { fn c() {} } }";
    check_builtin(text, expect!["fn b() {}"]);
    check_builtin("cfg_select! { windows => { 1 }, _ => { 2 }, }", expect!["2"]);
    check_builtin(
        "cfg_select! { windows => { 1 } }",
        expect!["error (Builtin): none of the predicates in this `cfg_select` evaluated to true"],
    );
    check_builtin("cfg_select! { unix => 1 }", expect!["error (Builtin): expected `{` after `=>` in cfg_select"]);
}

#[test]
fn env() {
    check_builtin(r#"env!("CARGO_PKG_NAME")"#, expect![[r#""demo""#]]);
    check_builtin(r#"env!("QUOTED",)"#, expect![[r#""say \"hi\"\n""#]]);
    check_builtin(
        r#"env!("MISSING")"#,
        expect!["error (Builtin): environment variable `MISSING` not defined at compile time"],
    );
    check_builtin(r#"env!("MISSING", "set MISSING first")"#, expect!["error (Builtin): set MISSING first"]);
    check_builtin(r#"env!(concat!("OUT", "_DIR"))"#, expect![[r#""/target/out""#]]);
    check_builtin("env!(X)", expect!["error (Builtin): expected string literal"]);
    check_builtin("env!()", expect!["error (Builtin): env! takes 1 or 2 arguments"]);
    check_builtin(r#"option_env!("OUT_DIR")"#, expect![[r#"::core::option::Option::Some("/target/out")"#]]);
    check_builtin(r#"option_env!("MISSING")"#, expect!["::core::option::Option::None::<&'static str>"]);
    check_builtin(r#"option_env!("A", "B")"#, expect!["error (Builtin): option_env! takes 1 argument"]);
}

#[test]
fn include() {
    check_builtin(r#"include!("code.rs")"#, expect![[r#"include "code.rs""#]]);
    check_builtin(
        r#"include!(concat!(env!("OUT_DIR"), "/bindings.rs"))"#,
        expect![[r#"include "/target/out/bindings.rs""#]],
    );
    check_builtin(r#"include_str!("data.txt")"#, expect![[r#""hello \"world\"\n""#]]);
    check_builtin(r#"include_bytes!("blob.bin")"#, expect![[r#"b"\0\x01a\"\\\x7f\xff\n""#]]);
    check_builtin(r#"include_bytes!("data.txt")"#, expect![[r#"b"hello \"world\"\n""#]]);
    check_builtin(
        r#"include_str!("missing.txt")"#,
        expect!["error (Builtin): couldn't read `missing.txt`: No such file or directory"],
    );
    check_builtin("include!()", expect!["error (Builtin): include! takes 1 argument"]);
    check_builtin(r#"include_str!("a", "b")"#, expect!["error (Builtin): include_str! takes 1 argument"]);
    check_builtin(
        r#"concat!(include!("code.rs"))"#,
        expect!["error (Builtin): include! cannot be expanded as an argument of a built-in"],
    );
}

#[test]
fn compile_error() {
    let (kind, input) = call(r#"compile_error!(concat!("feature ", "`x` is required"))"#, Edition::Edition2021);
    let error = expand_builtin(kind, &input, call_site(), Edition::Edition2021, &TestContext).unwrap_err();
    assert_eq!(error.kind(), ExpandErrorKind::CompileError);
    assert_eq!(error.message(), "feature `x` is required");
    check_builtin(r#"compile_error!("no")"#, expect!["error (CompileError): no"]);
    check_builtin("compile_error!(no)", expect!["error (Builtin): expected string literal"]);
}

#[test]
fn format_args() {
    check_builtin(r#"format_args!("hello")"#, expect![[r#"::core::fmt::Arguments::new_v1(&["hello"], &[])"#]]);
    check_builtin(r#"format_args!("")"#, expect!["::core::fmt::Arguments::new_v1(&[], &[])"]);
    check_builtin(
        r#"format_args!("a {} b {:?}{x}", 1 + 2, y)"#,
        expect![[
            r#"::core::fmt::Arguments::new_v1(&["a ", " b ", ""], &match (&(1 + 2), &y, &x,) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt), ::core::fmt::ArgumentV1::new(args.1, ::core::fmt::Debug::fmt), ::core::fmt::ArgumentV1::new(args.2, ::core::fmt::Display::fmt)] })"#
        ]],
    );
    check_builtin(
        r#"format_args!("{1} {0} {1:x} {name} {{}} {name:?}", a, b, name = c.d())"#,
        expect![[
            r#"::core::fmt::Arguments::new_v1(&["", " ", " ", " ", " {} "], &match (&a, &b, &(c.d()),) { args => [::core::fmt::ArgumentV1::new(args.1, ::core::fmt::Display::fmt), ::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt), ::core::fmt::ArgumentV1::new(args.1, ::core::fmt::LowerHex::fmt), ::core::fmt::ArgumentV1::new(args.2, ::core::fmt::Display::fmt), ::core::fmt::ArgumentV1::new(args.2, ::core::fmt::Debug::fmt)] })"#
        ]],
    );
    check_builtin(
        r#"format_args!("{:>8.3} {x:#?} {:+05} {:.*} {:w$.p$e}", 1.5, 7, 2, 0.25, 3e3)"#,
        expect![[
            r#"::core::fmt::Arguments::new_v1_formatted(&["", " ", " ", " ", " "], &match (&1.5, &7, &2, &0.25, &3e3, &x, &w, &p,) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt), ::core::fmt::ArgumentV1::new(args.5, ::core::fmt::Debug::fmt), ::core::fmt::ArgumentV1::new(args.1, ::core::fmt::Display::fmt), ::core::fmt::ArgumentV1::new(args.3, ::core::fmt::Display::fmt), ::core::fmt::ArgumentV1::from_usize(args.2), ::core::fmt::ArgumentV1::new(args.4, ::core::fmt::LowerExp::fmt), ::core::fmt::ArgumentV1::from_usize(args.6), ::core::fmt::ArgumentV1::from_usize(args.7)] }, &[::core::fmt::rt::v1::Argument { position: 0usize, format: ::core::fmt::rt::v1::FormatSpec { fill: ' ', align: ::core::fmt::rt::v1::Alignment::Right, flags: 0u32, precision: ::core::fmt::rt::v1::Count::Is(3usize), width: ::core::fmt::rt::v1::Count::Is(8usize) } }, ::core::fmt::rt::v1::Argument { position: 1usize, format: ::core::fmt::rt::v1::FormatSpec { fill: ' ', align: ::core::fmt::rt::v1::Alignment::Unknown, flags: 4u32, precision: ::core::fmt::rt::v1::Count::Implied, width: ::core::fmt::rt::v1::Count::Implied } }, ::core::fmt::rt::v1::Argument { position: 2usize, format: ::core::fmt::rt::v1::FormatSpec { fill: ' ', align: ::core::fmt::rt::v1::Alignment::Unknown, flags: 9u32, precision: ::core::fmt::rt::v1::Count::Implied, width: ::core::fmt::rt::v1::Count::Is(5usize) } }, ::core::fmt::rt::v1::Argument { position: 3usize, format: ::core::fmt::rt::v1::FormatSpec { fill: ' ', align: ::core::fmt::rt::v1::Alignment::Unknown, flags: 0u32, precision: ::core::fmt::rt::v1::Count::Param(4usize), width: ::core::fmt::rt::v1::Count::Implied } }, ::core::fmt::rt::v1::Argument { position: 5usize, format: ::core::fmt::rt::v1::FormatSpec { fill: ' ', align: ::core::fmt::rt::v1::Alignment::Unknown, flags: 0u32, precision: ::core::fmt::rt::v1::Count::Param(7usize), width: ::core::fmt::rt::v1::Count::Param(6usize) } }], unsafe { ::core::fmt::UnsafeArg::new() })"#
        ]],
    );
    check_builtin(
        r#"format_args_nl!("{}", |a, b| a + b)"#,
        expect![[
            r#"::core::fmt::Arguments::new_v1(&["", "\n"], &match (&(|a, b| a + b),) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt)] })"#
        ]],
    );
    check_builtin(
        r#"const_format_args!("{}", f::<A, B>(1))"#,
        expect![[
            r#"::core::fmt::Arguments::new_v1(&[""], &match (&(f::<A, B>(1)),) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt)] })"#
        ]],
    );
    check_builtin(
        r#"format_args!(concat!("{}", "-{}"), 1, 2)"#,
        expect![[
            r#"::core::fmt::Arguments::new_v1(&["", "-"], &match (&1, &2,) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt), ::core::fmt::ArgumentV1::new(args.1, ::core::fmt::Display::fmt)] })"#
        ]],
    );
    check_builtin(
        r#"format_args!("{0:1$} {:<1$}", a, width = 4)"#,
        expect![[
            r#"::core::fmt::Arguments::new_v1_formatted(&["", " "], &match (&a, &4,) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt), ::core::fmt::ArgumentV1::from_usize(args.1)] }, &[::core::fmt::rt::v1::Argument { position: 0usize, format: ::core::fmt::rt::v1::FormatSpec { fill: ' ', align: ::core::fmt::rt::v1::Alignment::Unknown, flags: 0u32, precision: ::core::fmt::rt::v1::Count::Implied, width: ::core::fmt::rt::v1::Count::Param(1usize) } }, ::core::fmt::rt::v1::Argument { position: 0usize, format: ::core::fmt::rt::v1::FormatSpec { fill: ' ', align: ::core::fmt::rt::v1::Alignment::Left, flags: 0u32, precision: ::core::fmt::rt::v1::Count::Implied, width: ::core::fmt::rt::v1::Count::Param(1usize) } }], unsafe { ::core::fmt::UnsafeArg::new() })"#
        ]],
    );
}

#[test]
fn format_args_errors() {
    check_builtin(
        r#"format_args!("{ x}")"#,
        expect!["error (Builtin): invalid format string: expected `}`, found `x`"],
    );
    check_builtin(
        r#"format_args!("{}")"#,
        expect!["error (Builtin): 1 positional argument in format string, but no arguments were given"],
    );
    check_builtin(
        r#"format_args!("{} {}", 1)"#,
        expect!["error (Builtin): 2 positional arguments in format string, but there is 1 argument"],
    );
    check_builtin(
        r#"format_args!("{1}", 1)"#,
        expect!["error (Builtin): invalid reference to positional argument 1 (there is 1 argument)"],
    );
    check_builtin(
        r#"format_args!("{", 1)"#,
        expect!["error (Builtin): invalid format string: expected `}` but string was terminated"],
    );
    check_builtin(r#"format_args!("}", 1)"#, expect!["error (Builtin): invalid format string: unmatched `}` found"]);
    check_builtin(r#"format_args!("{:z}", 1)"#, expect!["error (Builtin): unknown format trait `z`"]);
    check_builtin(r#"format_args!("a", 1)"#, expect!["error (Builtin): argument never used"]);
    check_builtin(r#"format_args!("a", 1, 2)"#, expect!["error (Builtin): multiple unused formatting arguments"]);
    check_builtin(r#"format_args!("a", x = 1)"#, expect!["error (Builtin): named argument never used"]);
    check_builtin(r#"format_args!(concat!("{", "y}"))"#, expect!["error (Builtin): there is no argument named `y`"]);
    check_builtin("format_args!(x)", expect!["error (Builtin): format argument must be a string literal"]);
    check_builtin("format_args!()", expect!["error (Builtin): requires at least a format string argument"]);
    check_builtin(
        r#"format_args!("{x}", x = 1, 2)"#,
        expect!["error (Builtin): positional arguments cannot follow named arguments"],
    );
    check_builtin(r#"format_args!("{x}", x = 1, x = 2)"#, expect!["error (Builtin): duplicate argument named `x`"]);
    check_builtin(
        r#"format_args!("{_}")"#,
        expect!["error (Builtin): invalid format string: invalid argument name `_`"],
    );
}

#[test]
fn assert() {
    check_builtin(
        "assert!(a == 1)",
        expect![[r#"if !(a == 1) { ::core::panicking::panic("assertion failed: a == 1") }"#]],
    );
    check_builtin(
        "assert!(v.len() > 0,)",
        expect![[r#"if !(v.len() > 0) { ::core::panicking::panic("assertion failed: v.len() > 0") }"#]],
    );
    check_builtin(
        r#"assert!(ok, "failed: {}", why)"#,
        expect![[
            r#"if !(ok) { ::core::panicking::panic_fmt(::core::fmt::Arguments::new_v1(&["failed: "], &match (&why,) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt)] })) }"#
        ]],
    );
    check_builtin_edition(
        Edition::Edition2018,
        "assert!(ok, message)",
        expect!["if !(ok) { ::core::panicking::panic_str(message) }"],
    );
    check_builtin("assert!()", expect!["error (Builtin): macro requires a boolean expression as an argument"]);
    check_builtin("assert!(a b)", expect!["error (Builtin): expected `,`, found `b`"]);
}

#[test]
fn panic_2021() {
    check_builtin("core_panic!()", expect![[r#"::core::panicking::panic("explicit panic")"#]]);
    check_builtin("std_panic!()", expect![[r#"::core::panicking::panic("explicit panic")"#]]);
    check_builtin(r#"core_panic!("{}", x)"#, expect!["::core::panicking::panic_display(&(x))"]);
    check_builtin(
        r#"std_panic!("x {} {y}", 1)"#,
        expect![[
            r#"::core::panicking::panic_fmt(::core::fmt::Arguments::new_v1(&["x ", " "], &match (&1, &y,) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt), ::core::fmt::ArgumentV1::new(args.1, ::core::fmt::Display::fmt)] }))"#
        ]],
    );
    check_builtin(
        r#"core_panic!("literal {{}}")"#,
        expect![[r#"::core::panicking::panic_fmt(::core::fmt::Arguments::new_v1(&["literal {}"], &[]))"#]],
    );
    check_builtin("core_panic!(message)", expect!["error (Builtin): format argument must be a string literal"]);
}

#[test]
fn panic_2015() {
    let edition = Edition::Edition2015;
    check_builtin_edition(edition, r#"core_panic!("{}")"#, expect![[r#"::core::panicking::panic("{}")"#]]);
    check_builtin_edition(edition, "core_panic!(message)", expect!["::core::panicking::panic_str(message)"]);
    check_builtin_edition(edition, "std_panic!(Box::new(1))", expect!["::std::rt::begin_panic(Box::new(1))"]);
    check_builtin_edition(edition, "std_panic!()", expect![[r#"::std::rt::begin_panic("explicit panic")"#]]);
    check_builtin_edition(edition, r#"std_panic!("{}", x)"#, expect!["::std::rt::panic_display(&(x))"]);
    check_builtin_edition(
        edition,
        r#"std_panic!("{} {}", x, y)"#,
        expect![[
            r#"::std::rt::panic_fmt(::core::fmt::Arguments::new_v1(&["", " "], &match (&x, &y,) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt), ::core::fmt::ArgumentV1::new(args.1, ::core::fmt::Display::fmt)] }))"#
        ]],
    );
}

#[test]
fn unreachable() {
    check_builtin(
        "unreachable!()",
        expect![[r#"::core::panicking::panic("internal error: entered unreachable code")"#]],
    );
    check_builtin(
        r#"unreachable!("state {}", s)"#,
        expect![[
            r#"::core::panicking::panic_fmt(::core::fmt::Arguments::new_v1(&["internal error: entered unreachable code: "], &match (&(::core::fmt::Arguments::new_v1(&["state "], &match (&s,) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt)] })),) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt)] }))"#
        ]],
    );
    check_builtin_edition(
        Edition::Edition2018,
        r#"unreachable!("state {}", s)"#,
        expect![[
            r#"::core::panicking::panic_fmt(::core::fmt::Arguments::new_v1(&["internal error: entered unreachable code: state "], &match (&s,) { args => [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt)] }))"#
        ]],
    );
    check_builtin_edition(
        Edition::Edition2018,
        "unreachable!(message)",
        expect!["::core::panicking::unreachable_display(&(message))"],
    );
}

#[test]
fn asm() {
    check_builtin(
        r#"asm!("mov {0}, {1}", "add {0}, {x}", out(reg) y, in(reg) a + 1, x = inout("eax") z => w, sym foo::bar, const N * 2, lateout(reg) _, inlateout(reg) q => _, options(nostack))"#,
        expect![[
            r#"{ let _ = &(y); let _ = &(a + 1); let _ = &(z); let _ = &(w); let _ = &(foo::bar); let _ = &(N * 2); let _ = &(q); }"#
        ]],
    );
    check_builtin(
        r#"asm!("jmp {}", label { done = true; }, options(noreturn))"#,
        expect!["{ { done = true; } loop {} }"],
    );
    check_builtin(r#"asm!(concat!("n", "op"))"#, expect!["{}"]);
    check_builtin(r#"naked_asm!("ret", sym f)"#, expect!["{ let _ = &(f); loop {} }"]);
    check_builtin(
        r#"global_asm!(".globl {}", sym entry, const SIZE)"#,
        expect!["const _: () = { let _ = &(entry); let _ = &(SIZE); };"],
    );
    check_builtin(r#"global_asm!(".text")"#, expect![""]);
    check_builtin("asm!()", expect!["error (Builtin): requires at least a template string argument"]);
    check_builtin("asm!(x)", expect!["error (Builtin): asm template must be a string literal"]);
    check_builtin(
        r#"asm!("nop", foo(reg) x)"#,
        expect!["error (Builtin): expected operand, clobber_abi, options, or additional template string, found `foo`"],
    );
}

#[test]
fn small_ones() {
    check_builtin("trace_macros!(true)", expect![""]);
    check_builtin("trace_macros!(maybe)", expect!["error (Builtin): trace_macros! accepts only `true` or `false`"]);
    check_builtin("log_syntax!(anything at all)", expect![""]);
    check_builtin("pattern_type!(u32 is 1..)", expect!["u32"]);
    check_builtin("iter!(|| { yield 1; })", expect!["|| { yield 1; }"]);
}

/// `concat!(concat!(...))` nested far deeper than [`EAGER_DEPTH_LIMIT`] stops with an error; a
/// `stringify!` of 256 nested groups and a `format_args!` whose argument is that deep work,
/// all without overflowing the stack.
#[test]
fn deep_input() {
    let depth = 256;
    let nested = format!("{}\"x\"{}", "concat!(".repeat(depth), ")".repeat(depth));
    let (kind, input) = call(&nested, Edition::Edition2021);
    let error = expand_builtin(kind, &input, call_site(), Edition::Edition2021, &TestContext).unwrap_err();
    assert_eq!(error.kind(), ExpandErrorKind::Builtin);
    assert!(error.message().contains(&EAGER_DEPTH_LIMIT.to_string()), "{}", error.message());

    let shallow = format!("{}\"x\"{}", "concat!(".repeat(EAGER_DEPTH_LIMIT), ")".repeat(EAGER_DEPTH_LIMIT));
    assert_eq!(render_builtin(&shallow, Edition::Edition2021), r#""x""#);

    let groups = format!("stringify!({}x{})", "(".repeat(depth), ")".repeat(depth));
    let (kind, input) = call(&groups, Edition::Edition2021);
    let Ok(BuiltinExpansion::Tokens(tokens)) =
        expand_builtin(kind, &input, call_site(), Edition::Edition2021, &TestContext)
    else {
        panic!("stringify! failed");
    };
    assert!(tokens.to_text().len() > depth);

    // Deep inputs built by hand: an argument as deep as the parser nests, and a group beyond.
    let mut deep = Subtree {
        delimiter: Delimiter { kind: DelimiterKind::Parenthesis, open: call_site(), close: call_site() },
        token_trees: vec![TokenTree::Leaf(Leaf::Ident(sem_syntax::token_tree::Ident {
            text: "x".into(),
            is_raw: false,
            span: call_site(),
        }))],
    };
    for _ in 0..200 {
        deep = Subtree { delimiter: deep.delimiter, token_trees: vec![TokenTree::Subtree(deep)] };
    }
    let input = Subtree {
        delimiter: deep.delimiter,
        token_trees: vec![
            crate::build::str_literal("{}", call_site()),
            crate::build::punct(',', sem_syntax::token_tree::Spacing::Alone, call_site()),
            TokenTree::Subtree(deep.clone()),
        ],
    };
    let result = expand_builtin(BuiltinMacro::FormatArgs, &input, call_site(), Edition::Edition2021, &TestContext);
    assert!(result.is_ok(), "{result:?}");
    for _ in 200..depth {
        deep = Subtree { delimiter: deep.delimiter, token_trees: vec![TokenTree::Subtree(deep)] };
    }
    let text = tokens_to_string(&[TokenTree::Subtree(deep)]);
    assert_eq!(text.len(), 2 * (depth + 1) + 1);
}
