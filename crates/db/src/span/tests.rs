//! Spans of expansions: where each token comes from, through nested expansions, with its
//! hygiene; the maps both ways; and the same tokens as the expansion without spans.

use expect_test::{Expect, expect};
use sem_sources::{FilePath, RelativePath, RootId};
use sem_syntax::TextRange;

use crate::{
    Db, RootDatabase,
    expand::{ExpansionPoint, ExpnId, expansion_point},
    fixture::sources_from_fixture,
    nameres::crate_module_tree,
    spans::{SpannedExpansion, expansion_with_spans},
};

/// Every macro call and derive of the crate's modules, in the module tree's order (nested
/// calls after the calls that made them).
fn calls(db: &dyn Db) -> Vec<ExpnId> {
    let krate = db.workspace().crates(db)[0];
    let tree = crate_module_tree(db, krate);
    tree.modules
        .iter()
        .flat_map(|module| module.macro_fragments.iter().chain(&module.derive_fragments))
        .copied()
        .collect()
}

/// Dumps every expansion's tokens with where they come from and their marks.
fn check(fixture: &str, expect: Expect) {
    let db = RootDatabase::from_sources(&sources_from_fixture(fixture));
    expect.assert_eq(&dump(&db));
}

fn dump(db: &dyn Db) -> String {
    let mut out = String::new();
    for expn in calls(db) {
        crate::spans::spans_agree_with_expansion(db, expn).unwrap();
        let Some(ExpansionPoint::MacroCall { path, .. }) = expansion_point(db, expn) else { continue };
        out.push_str(&format!("{path}:\n{}", crate::spans::dump_expansion_spans(db, expn)));
    }
    out
}

#[test]
fn tokens_of_a_macro_rules_expansion_come_from_the_definition_or_the_call() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! make { ($name:ident) => { fn $name() { let x = 1; } } }
make!(f);
"#,
        expect![[r#"
            make:
            fn       lib.rs:39..41 "fn" [make!]
            f        lib.rs:75..76 "f" [root]
            (        lib.rs:47..48 "(" [make!]
            )        lib.rs:48..49 ")" [make!]
            {        lib.rs:50..51 "{" [make!]
            let      lib.rs:52..55 "let" [make!]
            x        lib.rs:56..57 "x" [make!]
            =        lib.rs:58..59 "=" [make!]
            1        lib.rs:60..61 "1" [make!]
            ;        lib.rs:61..62 ";" [make!]
            }        lib.rs:63..64 "}" [make!]
        "#]],
    );
}

#[test]
fn tokens_passed_through_nested_expansions_keep_their_origin_and_gather_marks() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! inner { ($t:ident $($rest:tt)*) => { struct $t; $($rest)* } }
macro_rules! outer { ($t:ident) => { inner!($t fn g() {}); } }
outer!(S);
"#,
        expect![[r#"
            outer:
            inner    lib.rs:112..117 "inner" [outer!]
            !        lib.rs:117..118 "!" [outer!]
            (        lib.rs:118..119 "(" [outer!]
            S        lib.rs:145..146 "S" [root]
            fn       lib.rs:122..124 "fn" [outer!]
            g        lib.rs:125..126 "g" [outer!]
            (        lib.rs:126..127 "(" [outer!]
            )        lib.rs:127..128 ")" [outer!]
            {        lib.rs:129..130 "{" [outer!]
            }        lib.rs:130..131 "}" [outer!]
            )        lib.rs:131..132 ")" [outer!]
            ;        lib.rs:132..133 ";" [outer!]
            inner:
            struct   lib.rs:50..56 "struct" [inner!]
            S        lib.rs:145..146 "S" [root]
            ;        lib.rs:59..60 ";" [inner!]
            fn       lib.rs:122..124 "fn" [outer!]
            g        lib.rs:125..126 "g" [outer!]
            (        lib.rs:126..127 "(" [outer!]
            )        lib.rs:127..128 ")" [outer!]
            {        lib.rs:129..130 "{" [outer!]
            }        lib.rs:130..131 "}" [outer!]
        "#]],
    );
}

#[test]
fn a_derive_keeps_the_items_tokens_and_gives_its_own_the_call_site() {
    check(
        r#"
//- /lib.rs crate:a
#[derive(Clone)]
pub struct Pair<T> { a: T }
"#,
        expect![[r#"
            Clone:
            #        lib.rs:9..14 "Clone" [Clone!#]
            [        lib.rs:9..14 "Clone" [Clone!#]
            automatically_derived lib.rs:9..14 "Clone" [Clone!#]
            ]        lib.rs:9..14 "Clone" [Clone!#]
            impl     lib.rs:9..14 "Clone" [Clone!#]
            <        lib.rs:9..14 "Clone" [Clone!#]
            T        lib.rs:33..34 "T" [root]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            core     lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            clone    lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            Clone    lib.rs:9..14 "Clone" [Clone!#]
            >        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            core     lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            clone    lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            Clone    lib.rs:9..14 "Clone" [Clone!#]
            for      lib.rs:9..14 "Clone" [Clone!#]
            Pair     lib.rs:28..32 "Pair" [root]
            <        lib.rs:9..14 "Clone" [Clone!#]
            T        lib.rs:33..34 "T" [root]
            >        lib.rs:9..14 "Clone" [Clone!#]
            {        lib.rs:9..14 "Clone" [Clone!#]
            #        lib.rs:9..14 "Clone" [Clone!#]
            [        lib.rs:9..14 "Clone" [Clone!#]
            inline   lib.rs:9..14 "Clone" [Clone!#]
            ]        lib.rs:9..14 "Clone" [Clone!#]
            fn       lib.rs:9..14 "Clone" [Clone!#]
            clone    lib.rs:9..14 "Clone" [Clone!#]
            (        lib.rs:9..14 "Clone" [Clone!#]
            &        lib.rs:9..14 "Clone" [Clone!#]
            self     lib.rs:9..14 "Clone" [Clone!#]
            )        lib.rs:9..14 "Clone" [Clone!#]
            -        lib.rs:9..14 "Clone" [Clone!#]
            >        lib.rs:9..14 "Clone" [Clone!#]
            Self     lib.rs:9..14 "Clone" [Clone!#]
            {        lib.rs:9..14 "Clone" [Clone!#]
            Pair     lib.rs:28..32 "Pair" [root]
            {        lib.rs:9..14 "Clone" [Clone!#]
            a        lib.rs:38..39 "a" [root]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            core     lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            clone    lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            Clone    lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            :        lib.rs:9..14 "Clone" [Clone!#]
            clone    lib.rs:9..14 "Clone" [Clone!#]
            (        lib.rs:9..14 "Clone" [Clone!#]
            &        lib.rs:9..14 "Clone" [Clone!#]
            self     lib.rs:9..14 "Clone" [Clone!#]
            .        lib.rs:9..14 "Clone" [Clone!#]
            a        lib.rs:38..39 "a" [root]
            )        lib.rs:9..14 "Clone" [Clone!#]
            }        lib.rs:9..14 "Clone" [Clone!#]
            }        lib.rs:9..14 "Clone" [Clone!#]
            }        lib.rs:9..14 "Clone" [Clone!#]
        "#]],
    );
}

#[test]
fn macro_2_0_and_builtin_tokens_are_opaque() {
    check(
        r#"
//- /lib.rs crate:a
pub macro m($n:ident) { pub fn $n() {} }
m!(f);
concat!("a", "b");
"#,
        expect![[r#"
            m:
            pub      lib.rs:24..27 "pub" [m!#]
            fn       lib.rs:28..30 "fn" [m!#]
            f        lib.rs:44..45 "f" [root]
            (        lib.rs:33..34 "(" [m!#]
            )        lib.rs:34..35 ")" [m!#]
            {        lib.rs:36..37 "{" [m!#]
            }        lib.rs:37..38 "}" [m!#]
            concat:
            "ab"     lib.rs:48..66 "concat!(\"a\", \"b\");" [concat!#]
        "#]],
    );
}

#[test]
fn hygiene_tells_a_macros_local_from_the_call_sites_and_items_from_neither() {
    let db = RootDatabase::from_sources(&sources_from_fixture(
        r#"
//- /lib.rs crate:a
macro_rules! add { ($e:expr) => { fn f() { let x = 1; $e + x; } } }
add!(x);
"#,
    ));
    let expn = calls(&db)[0];
    let Ok(Some(SpannedExpansion::Tokens { parse, span_map, .. })) = expansion_with_spans(&db, expn) else { panic!() };
    let text = parse.syntax_node().text().to_string();
    let xs: Vec<_> = span_map.iter().filter(|(range, _)| &text[*range] == "x").map(|(_, span)| span.ctx).collect();
    // `let x`, the call's `x`, and the `x` after `+`, in the order written.
    let [defined, from_call, used] = xs[..] else { panic!("{xs:?}") };
    assert_eq!(defined, used, "the macro's own `x` is one variable");
    assert_ne!(defined, from_call, "the call's `x` is not the macro's");
    assert_eq!(from_call, crate::spans::SyntaxContext::Root);
    // For items, a `macro_rules!` expansion is transparent.
    assert_eq!(defined.for_items(&db), crate::spans::SyntaxContext::Root);
}

#[test]
fn ranges_map_down_into_the_expansion_and_follow_edits_before_the_call() {
    let fixture = r#"
//- /lib.rs crate:a
macro_rules! twice { ($i:ident) => { struct $i; const _: $i = $i; } }
twice!(Unit);
"#;
    let sources = sources_from_fixture(fixture);
    let mut db = RootDatabase::from_sources(&sources);
    let expn = calls(&db)[0];
    let file = db.workspace().file(&db, &FilePath::new(RootId(0), RelativePath::new("lib.rs").unwrap())).unwrap();
    let text = file.text(&db).get().to_owned();
    let unit = text.rfind("Unit").unwrap();
    let call_arg = TextRange::at((unit as u32).into(), 4.into());
    let down = crate::spans::ranges_in_expansion(&db, expn, file, call_arg);
    let Ok(Some(SpannedExpansion::Tokens { parse, .. })) = expansion_with_spans(&db, expn) else { panic!() };
    let expansion_text = parse.syntax_node().text().to_string();
    let found: Vec<&str> = down.iter().map(|range| &expansion_text[*range]).collect();
    assert_eq!(found, ["Unit", "Unit", "Unit"], "in {expansion_text:?}");
    // Every token maps back up to where it was written.
    for range in &down {
        let span = expansion_with_spans(&db, expn).as_ref().unwrap().as_ref().unwrap().span_at(*range).unwrap();
        assert_eq!(crate::spans::original_range(&db, span).map(|it| it.range), Some(call_arg));
    }

    // A line inserted above the call: the spans (relative to the call) are equal, and they
    // now stand for the moved text.
    let path = FilePath::new(RootId(0), RelativePath::new("lib.rs").unwrap());
    let spans_before: Vec<_> = match expansion_with_spans(&db, expn) {
        Ok(Some(SpannedExpansion::Tokens { span_map, .. })) => span_map.iter().map(|(_, span)| *span).collect(),
        _ => panic!(),
    };
    db.apply(&sources.set_file(&path, format!("// a comment\n{}", &text)));
    let spans_after: Vec<_> = match expansion_with_spans(&db, expn) {
        Ok(Some(SpannedExpansion::Tokens { span_map, .. })) => span_map.iter().map(|(_, span)| *span).collect(),
        _ => panic!(),
    };
    assert_eq!(spans_before, spans_after);
    let moved = call_arg + sem_syntax::TextSize::from(13);
    let down = crate::spans::ranges_in_expansion(&db, expn, file, moved);
    assert_eq!(down.len(), 3);
}

#[test]
fn the_spans_of_an_expansion_a_thousand_deep_come_without_deep_recursion() {
    let db = RootDatabase::from_sources(&sources_from_fixture(
        r#"
//- /lib.rs crate:a
#![recursion_limit = "1000000"]
macro_rules! deep { ($($t:tt)*) => { fn f() {} deep!($($t)*); }; }
deep!(x);
"#,
    ));
    let deepest = *calls(&db).last().unwrap();
    let mut depth = 0;
    let mut current = Some(deepest);
    while let Some(expn) = current {
        depth += 1;
        current = expn.parent(&db);
    }
    assert!(depth > crate::expand::MAX_RECURSION_LIMIT as usize, "{depth}");
    // The last call is past the limit: its parent's tokens carry spans back to the file.
    let parent = deepest.parent(&db).unwrap();
    let Ok(Some(SpannedExpansion::Tokens { span_map, .. })) = expansion_with_spans(&db, parent) else { panic!() };
    for (_, span) in span_map {
        let original = crate::spans::original_range(&db, *span).unwrap();
        assert!(!original.range.is_empty());
    }
}
