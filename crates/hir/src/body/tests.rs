//! Bodies as lowered, as snapshots of their text form; their diagnostics; deep nesting; what
//! re-runs after an edit.

use expect_test::{Expect, expect};
use sem_db::fixture::database_from_fixture;

use crate::{
    body::{body, body_with_source_map, dump_body},
    crate_owners,
};

/// The bodies of every owner of the fixture's first crate that has any, then the diagnostics
/// of lowering, each with its code and the text at its range.
fn check(fixture: &str, expect: Expect) {
    let (db, krate) = database_from_fixture(fixture);
    let mut out = String::new();
    for &owner in crate_owners(&db, krate) {
        out.push_str(&dump_body(&db, owner));
        let Some((_, source_map)) = body_with_source_map(&db, owner) else { continue };
        let text = crate::item_ast(&db, owner).and_then(|ast| ast.syntax(&db)).map(|node| node.text().to_string());
        for diagnostic in &source_map.diagnostics {
            // A range in an expansion's text is read there.
            let expansion_text = |expn| match sem_db::spans::expansion_with_spans(&db, expn) {
                Ok(Some(sem_db::spans::SpannedExpansion::Tokens { parse, .. })) => {
                    Some(parse.syntax_node().text().to_string())
                }
                _ => None,
            };
            let (text, range) = match source_map.origin(diagnostic.range) {
                (None, range) => (text.clone(), range),
                (Some(expn), range) => (expansion_text(expn), range),
            };
            let at = text.as_deref().and_then(|text| text.get(std::ops::Range::<usize>::from(range)));
            out.push_str(&format!(
                "error[{}]: {} at `{}`\n",
                diagnostic.kind.code(),
                diagnostic.kind.message(),
                at.unwrap_or("?")
            ));
        }
    }
    expect.assert_eq(&out);
}

#[test]
fn desugarings_are_lowered_as_rustc_lowers_them_and_marked() {
    check(
        r#"
//- /lib.rs crate:a
fn f(x: u8, (a, b): (u8, u8)) -> u8 {
    let y = x + 1;
    for i in 0..y { if i == 2 { continue } }
    let z = g()?;
    'outer: while let Some(v) = it.next() { break 'outer; }
    while y > 0 {}
    match y { 0 | 1 => a, n @ 2.. if n > 3 => b, _ => { unreachable!() } }
}
async fn fetch(url: &str) -> u8 { get(url).await }
"#,
        expect![[r#"
            fn f(x, (a, b)) {
                let y = (x + 1);
                /* for loop */ match {lang IntoIterator::into_iter}(0..y) {
                    mut <iter> => loop match {lang Iterator::next}(&mut <iter>) {
                        {lang Option::None} => break,
                        {lang Option::Some}(i) => {
                            if (i == 2) {
                                continue
                            }
                        },
                    },
                }
                let z = /* ? */ match {lang Try::branch}(g()) {
                    {lang ControlFlow::Continue}(<val>) => <val>,
                    {lang ControlFlow::Break}(<residual>) => return {lang FromResidual::from_residual}(<residual>),
                };
                /* while loop */ 'outer: loop if let Some(v) = it.next() {
                    break 'outer;
                } else {
                    break
                }
                /* while loop */ loop if (y > 0) {} else {
                    break
                }
                match y {
                    0 | 1 => a,
                    n @ 2.. if (n > 3) => b,
                    _ => {
                        unreachable!(..) ~> ::core::panicking::panic("internal error: entered unreachable code")
                    },
                }
            }
            fn fetch(url) /* async fn */ async move {
                {
                    get(url).await
                }
            }
        "#]],
    );
}

#[test]
fn every_expression_form() {
    check(
        r#"
//- /lib.rs crate:a
fn exprs(&mut self) {
    let c = move |x: u8, (y, _)| -> u8 { x };
    let d = async || 1;
    v.iter::<u8>().map(|it| it.0).collect::<Vec<_>>()[0] as u32;
    (&raw const x, &raw mut y, &mut z, &w, *p, !q, -r);
    (.., a.., ..b, a..=b, ..=b);
    ((), (a,), (a, b), [], [1, 2], [0; N], "s", b"b", 'c', 1.5, true);
    S { a, b: 2, ..Default::default() };
    S { a: 1, .. };
    <T as Tr>::C + Vec::<u8>::new().len();
    x = 1; x += 2; x <<= 3; a && b || !c; a != b;
    let _ = (_, _) = (1, 2);
    'block: { if c { break 'block 1; } 2 };
    'a: loop { loop { continue 'a; } break 'a 5 }
    unsafe { f() }; const { 1 }; try { x? }; async move { y }; yield 1;
    return;
    become f();
    do yeet 1;
    println!("{}", 1);
    builtin # offset_of(S, a.b);
    builtin # type_ascribe(x, u8);
    let v: Vec<u8> = vec![];
    let Some(w) = v else { return };
    super let t = 1;
    if let Some(a) = b && let Ok(c) = a && c > 1 {} else if d {} else {}
    struct Local;
    use std::fmt;
}
"#,
        expect![[r#"
            fn exprs(self) {
                let c = move |x: u8, (y, _)| -> u8 {
                    x
                };
                let d = async || 1;
                v.iter::<u8>().map(|it| it.0).collect::<Vec<_>>()[0] as u32;
                (&raw const x, &raw mut y, &mut z, &w, *p, !q, -r);
                (.., a.., ..b, a..=b, ..=b);
                ((), (a,), (a, b), [], [1, 2], [0; N], "s", b"b", 'c', 1.5, true);
                S { a, b: 2, ..Default::default() };
                S { a: 1, .. };
                (<T as Tr>::C + Vec::<u8>::new().len());
                (x = 1);
                (x += 2);
                (x <<= 3);
                ((a && b) || !c);
                (a != b);
                let _ = ((_, _) = (1, 2));
                'block: {
                    if c {
                        break 'block 1;
                    }
                    2
                };
                'a: loop {
                    loop {
                        continue 'a;
                    }
                    break 'a 5
                }
                unsafe {
                    f()
                };
                const {
                    1
                };
                try {
                    /* ? */ match {lang Try::branch}(x) {
                        {lang ControlFlow::Continue}(<val>) => <val>,
                        {lang ControlFlow::Break}(<residual>) => return {lang FromResidual::from_residual}(<residual>),
                    }
                };
                async move {
                    y
                };
                yield 1;
                return;
                become f();
                do yeet 1;
                println!(..); // not expanded
                offset_of!(S, a.b);
                type_ascribe!(x, u8);
                let v: Vec<u8> = vec!(..) /* not expanded */;
                let Some(w) = v else {
                    return
                };
                super let t = 1;
                if ((let Some(a) = b && let Ok(c) = a) && (c > 1)) {} else if d {} else {}
                /* item */ struct Local
                /* item */ use std::fmt
            }
        "#]],
    );
}

#[test]
fn every_pattern_form() {
    check(
        r#"
//- /lib.rs crate:a
fn pats(a: u8, mut b: u8, ref c: u8, ref mut d: u8, e @ 1..=5: u8, _: u8) {
    let (x, .., y) = t;
    let [first, rest @ .., last] = s;
    let &mut (ref p, box q) = r;
    match v {
        None | Some(0) => {}
        Some(-1) | Some(1..) | Some(..=9) => {}
        E::A { x, y: Some(z), .. } => {}
        E::B(deref!(w), _) => {}
        <T>::C | crate::D | m!() => {}
        const { 1 } => {}
        "s" | b'b' | 'c' | true => {}
    }
}
"#,
        expect![[r#"
            fn pats(a, mut b, ref c, ref mut d, e @ 1..=5, _) {
                let (x, .., y) = t;
                let [first, rest @ .., last] = s;
                let &mut (ref p, box q) = r;
                match v {
                    None | Some(0) => {},
                    Some(-1) | Some(1..) | Some(..=9) => {},
                    E::A { x, y: Some(z), .. } => {},
                    E::B(deref!(..) /* not expanded */, _) => {},
                    <T>::C | crate::D | m!(..) /* not expanded */ => {},
                    const {
                        1
                    } => {},
                    "s" | b'b' | 'c' | true => {},
                }
            }
        "#]],
    );
}

#[test]
fn every_kind_of_body() {
    check(
        r#"
//- /lib.rs crate:a
const C: u8 = 1 + 2;
static S: &str = "s";
enum E { A = 1, B, C = 1 << 3, D { x: u8 = 4 } }
struct Defaults { a: u8 = 5, b: u8 }
trait Tr { const K: u8 = 6; fn provided(&self) -> u8 { Self::K } fn required(self); }
impl Tr for () { fn required(mut self) {} }
extern "C" { fn foreign(x: u8); }
"#,
        expect![[r#"
            const = (1 + 2)
            static = "s"
            discriminant of variant #0 = 1
            discriminant of variant #2 = (1 << 3)
            default of field #0 of variant #3 = 4
            default of field #0 = 5
            const = 6
            fn provided(self) {
                Self::K
            }
            fn required(mut self) {}
        "#]],
    );
}

#[test]
fn what_the_crate_s_cfg_disables_is_not_lowered() {
    check(
        r#"
//- /lib.rs crate:a cfg:on
fn f(#[cfg(off)] x: u8, #[cfg(on)] y: u8) {
    #[cfg(off)]
    let gone = 1;
    #[cfg(on)]
    let kept = 2;
    #[cfg(off)]
    gone();
    call(#[cfg(off)] 1, 2);
    [#[cfg(off)] 1, 2];
    S { #[cfg(off)] a: 1, b: 2 };
    match x {
        #[cfg(off)]
        0 => {}
        #[cfg(not(off))]
        _ => {}
    }
    let S { #[cfg(off)] a, b } = s;
    #[cfg(off)]
    tail()
}
"#,
        expect![[r#"
            fn f(y) {
                let kept = 2;
                call(2);
                [2];
                S { b: 2 };
                match x {
                    _ => {},
                }
                let S { b } = s;
            }
        "#]],
    );
}

#[test]
fn labels_resolve_while_lowering_and_stop_at_closures() {
    check(
        r#"
//- /lib.rs crate:a
fn f() {
    'a: loop {
        'b: for _ in x { break 'a; continue 'b; }
        let c = || { break 'a; };
        async { break; };
        break 'nowhere;
    }
    'block: { continue; }
    break;
}
"#,
        expect![[r#"
            fn f() {
                'a: loop {
                    /* for loop */ match {lang IntoIterator::into_iter}(x) {
                        mut <iter> => 'b: loop match {lang Iterator::next}(&mut <iter>) {
                            {lang Option::None} => break 'b,
                            {lang Option::Some}(_) => {
                                break 'a;
                                continue 'b;
                            },
                        },
                    }
                    let c = || {
                        break;
                    };
                    async {
                        break;
                    };
                    break;
                }
                'block: {
                    continue;
                }
                break;
            }
            error[E0426]: use of undeclared label `'a` at `'a`
            error[E0268]: `break` outside of a loop at `break`
            error[E0426]: use of undeclared label `'nowhere` at `'nowhere`
            error[E0268]: `continue` outside of a loop at `continue`
            error[E0268]: `break` outside of a loop at `break`
        "#]],
    );
}

#[test]
fn format_strings_name_their_implicit_arguments() {
    check(
        r#"
//- /lib.rs crate:a
fn f(x: u8, w: usize) {
    builtin # format_args("{x} {} {y:>w$} {x}", 1, y = 2);
    builtin # format_args(r"{{not}} {0}", x);
}
"#,
        expect![[r#"
            fn f(x, w) {
                format_args!("{x} {} {y:>w$} {x}", 1, y = 2, x = /* format string */ x, w = /* format string */ w);
                format_args!(r"{{not}} {0}", x);
            }
        "#]],
    );
}

/// The expressions of the only body of the fixture's only owner.
#[test]
fn macro_calls_expand_in_expressions_statements_and_patterns() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! double { ($e:expr) => { $e * 2 } }
macro_rules! make_let { ($x:ident = $e:expr) => { let $x = $e; } }
macro_rules! some { ($p:pat) => { Some($p) } }
macro_rules! tail { ($e:expr) => { let t = $e; t + 1 } }
macro_rules! nested { ($e:expr) => { double!($e) + double!(1) } }
fn f(o: Option<u8>) -> u8 {
    make_let!(a = double!(1));
    let b = nested!(a);
    if let some!(c) = o { c } else { 0 };
    missing!(b);
    format_args!("{} {b:?}", a);
    tail!(b)
}
const C: u8 = double!(3);
"#,
        expect![[r#"
            fn f(o) {
                make_let!(..); // ~> the next 1 statements
                let a = double!(..) ~> (1 * 2);
                let b = nested!(..) ~> (double!(..) ~> (a * 2) + double!(..) ~> (1 * 2));
                if let some!(..) ~> Some(c) = o {
                    c
                } else {
                    0
                };
                missing!(..); // not expanded
                format_args!(..); // ~> the next 1 statements
                format_args!("{} {b:?}", a, b = /* format string */ b)
                tail!(..) ~> {
                    let t = b;
                    (t + 1)
                }
            }
            const = double!(..) ~> (3 * 2)
        "#]],
    );
}

/// The text each expression of `owner`'s bodies was lowered from, found through the source
/// map's virtual text in the item's or in an expansion's text, one a line.
fn expression_origins(fixture: &str) -> String {
    let (db, krate) = database_from_fixture(fixture);
    let mut out = String::new();
    for &owner in crate_owners(&db, krate) {
        let Some((body, source_map)) = body_with_source_map(&db, owner) else { continue };
        let item_text = crate::item_ast(&db, owner).and_then(|ast| ast.syntax(&db)).map(|node| node.text().to_string());
        for (id, _) in body.exprs.iter() {
            let source = source_map.exprs[id];
            let (place, text) = match source_map.origin(source.range) {
                (None, range) => ("item", item_text.clone().unwrap_or_default()[range].to_owned()),
                (Some(expn), range) => match sem_db::spans::expansion_with_spans(&db, expn) {
                    Ok(Some(sem_db::spans::SpannedExpansion::Tokens { parse, .. })) => {
                        ("expansion", parse.syntax_node().text().to_string()[range].to_owned())
                    }
                    _ => ("?", String::new()),
                },
            };
            out.push_str(&format!("{place:<9} {text}\n"));
        }
    }
    out
}

#[test]
fn nodes_of_expansions_map_back_to_the_expansion_text_through_the_virtual_text() {
    expect![[r#"
        expansion x
        expansion 2
        expansion x * 2
        expansion double ! ( x )
        expansion 2
        expansion double ! ( x ) * 2
        item      double!(double!(x))
        item      { double!(double!(x)) }
    "#]]
    .assert_eq(&expression_origins(
        r#"
//- /lib.rs crate:a
macro_rules! double { ($e:expr) => { $e * 2 } }
fn f(x: u8) -> u8 { double!(double!(x)) }
"#,
    ));
}

fn expression_count(text: &str) -> usize {
    let (db, krate) = database_from_fixture(&format!("//- /lib.rs crate:a\n{text}"));
    let owners = crate_owners(&db, krate);
    let body = body(&db, owners[0]).expect("the function has a body");
    body.exprs.len()
}

#[test]
fn a_hundred_thousand_nested_expressions_lower_without_overflowing_the_stack() {
    const N: usize = 100_000;
    let chain = |first: &str, link: &str| format!("fn f() {{ {first}{} }}", link.repeat(N));
    // Each kind of nesting the parser builds without recursing, 100,000 levels deep: every
    // level is lowered (a `?` is eight expressions).
    for (text, at_least) in [
        (chain("x", " + x"), 2 * N),
        (chain("x", ".f()"), N),
        (chain("x", ".0"), N),
        (chain("x", "[0]"), 2 * N),
        (chain("x", "?"), 7 * N),
        (chain("x", ".await"), N),
        (chain("x", " as u8"), N),
        (chain("f", "()"), N),
        (format!("fn f() {{ if a {{}}{} }}", " else if a {}".repeat(N)), 2 * N),
    ] {
        let count = expression_count(&text);
        assert!(count > at_least, "{count} expressions for {}…", &text[..20]);
    }
    // Nesting the parser builds by recursing stops at its nesting limit, with an error, and
    // lowers what is left.
    for text in [
        format!("fn f() {}x{} }}", "{ ".repeat(N), " }".repeat(N)),
        format!("fn f() {{ {}x }}", "|| ".repeat(N)),
        format!("fn f() {{ {}x }}", "-".repeat(N)),
        format!("fn f() {{ {}x{} }}", "(".repeat(N), ")".repeat(N)),
        format!("fn f() {{ let {}x = y; }}", "&".repeat(N)),
        format!("fn f() {{ {}x }}", "a = ".repeat(N)),
    ] {
        assert!(expression_count(&text) > 0);
    }
}

#[test]
fn an_edit_inside_one_body_lowers_that_body_alone_and_moving_text_leaves_it_equal() {
    let fixture = r#"
//- /lib.rs crate:a
fn first() -> u8 { 1 + 2 }
fn second() -> u8 { let x = 3; x }
"#;
    let mut logged = crate::tests::Logged::new(fixture);
    let (first, second) = (logged.owner("first"), logged.owner("second"));
    let before = (body(&logged.db, first).unwrap(), body(&logged.db, second).unwrap());
    logged.log.take();

    // Typing inside `first`: its body is lowered again, `second`'s is not.
    logged.edit("fn first() -> u8 { 1 + 20 }\nfn second() -> u8 { let x = 3; x }\n");
    let after = (body(&logged.db, first).unwrap(), body(&logged.db, second).unwrap());
    assert_ne!(before.0, after.0);
    assert_eq!(before.1, after.1);
    expect![[r#"
        lower_file ×1
        item_summary ×1
        item_positions ×1
        item_green_node ×2
        parse ×1
        tokens ×1
        body_with_source_map ×1
        body ×1
    "#]]
    .assert_eq(&logged.log.take_summary());

    // A comment that moves `second`'s text: its body is lowered again and compares equal.
    logged.edit("fn first() -> u8 { 1 + 20 }\n// moved\nfn second() -> u8 { let x = 3; /* c */ x }\n");
    assert_eq!(body(&logged.db, second).unwrap(), after.1);
    expect![[r#"
        lower_file ×1
        item_summary ×1
        item_positions ×1
        item_green_node ×1
        parse ×1
        tokens ×1
        body_with_source_map ×1
        body ×1
    "#]]
    .assert_eq(&logged.log.take_summary());
}

#[test]
fn an_edit_inside_one_body_expands_and_lowers_that_body_alone() {
    let fixture = r#"
//- /lib.rs crate:a
macro_rules! double { ($e:expr) => { $e * 2 } }
fn first() -> u8 { double!(1) }
fn second() -> u8 { let x = double!(3); x }
"#;
    let text = |first: &str| {
        format!(
            "macro_rules! double {{ ($e:expr) => {{ $e * 2 }} }}\nfn first() -> u8 {{ double!({first}) }}\nfn second() -> u8 {{ let x = double!(3); x }}\n"
        )
    };
    let mut logged = crate::tests::Logged::new(fixture);
    let (first, second) = (logged.owner("first"), logged.owner("second"));
    let before = (body(&logged.db, first).unwrap(), body(&logged.db, second).unwrap());
    logged.log.take();

    // Typing inside the call of `first`: its call is expanded and its body lowered again;
    // `second`'s call and body are not, though they are in the same file.
    logged.edit(&text("10"));
    let after = (body(&logged.db, first).unwrap(), body(&logged.db, second).unwrap());
    assert_ne!(before.0, after.0);
    assert_eq!(before.1, after.1);
    expect![[r#"
        lower_file ×1
        item_summary ×1
        item_positions ×1
        item_green_node ×2
        parse ×1
        tokens ×1
        body_with_source_map ×1
        inner_call_inputs ×2
        expansion_with_spans ×1
        inner_calls ×2
        local_macro_scopes ×2
        macro_definition_tokens ×1
        body ×1
    "#]]
    .assert_eq(&logged.log.take_summary());
}

#[test]
fn a_label_a_macro_writes_is_not_the_call_site_s() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! leave { () => { break 'outer } }
macro_rules! leave_given { ($l:lifetime) => { break $l } }
fn f() {
    'outer: loop { leave!(); }
    'outer: loop { leave_given!('outer); }
}
"#,
        expect![[r#"
            fn f() {
                'outer: loop {
                    leave!(..); // ~> the next 1 statements
                    break
                }
                'outer: loop {
                    leave_given!(..); // ~> the next 1 statements
                    break 'outer
                }
            }
            error[E0426]: use of undeclared label `'outer` at `'outer`
        "#]],
    );
}
