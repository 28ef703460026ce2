//! Procedural macros as inputs: calls expand through the closures registered with
//! `Sources::add_proc_macro`, and the crate's source is never run.

use expect_test::{Expect, expect};
use sem_sources::{ProcMacro, ProcMacroKind, Sources, TokenStream};

use crate::{Db, RootDatabase, fixture::sources_from_fixture, nameres::crate_module_tree};

const FIXTURE: &str = r#"
//- /user/lib.rs crate:user deps:pm
pm::make_items!(pub fn generated() {} pub struct Generated;);
use pm::renamed as alias;
alias!(pub struct ThroughUse;);
pm::unregistered!();
pm::boom!();
pm::NotFunctionLike!();
pub struct Unaffected;
//- /pm/lib.rs crate:pm proc_macro:true
#[proc_macro]
pub fn make_items(input: TokenStream) -> TokenStream { input }
#[proc_macro]
pub fn renamed(input: TokenStream) -> TokenStream { input }
#[proc_macro]
pub fn unregistered(input: TokenStream) -> TokenStream { input }
#[proc_macro]
pub fn boom(input: TokenStream) -> TokenStream { panic!() }
#[proc_macro_derive(NotFunctionLike)]
pub fn not_function_like(input: TokenStream) -> TokenStream { input }
"#;

fn identity(input: &TokenStream, _: Option<&TokenStream>) -> Result<TokenStream, String> {
    Ok(input.clone())
}

/// The fixture with the macros of `pm` registered (all but `unregistered`).
fn registered(sources: &Sources) -> Sources {
    let pm = sources.crate_graph().iter().find(|(_, data)| data.display_name == "pm").unwrap().0;
    let boom =
        |_: &TokenStream, _: Option<&TokenStream>| -> Result<TokenStream, String> { panic!("boom at expansion") };
    sources
        .add_proc_macro(pm, ProcMacro::new("make_items", ProcMacroKind::FunctionLike, identity))
        .add_proc_macro(pm, ProcMacro::new("renamed", ProcMacroKind::FunctionLike, identity))
        .add_proc_macro(pm, ProcMacro::new("boom", ProcMacroKind::FunctionLike, boom))
        .add_proc_macro(pm, ProcMacro::new("NotFunctionLike", ProcMacroKind::Derive, identity))
}

fn check(sources: &Sources, expect: Expect) {
    let db = RootDatabase::from_sources(sources);
    let user = db.workspace().crates(&db)[0];
    let tree = crate_module_tree(&db, user);
    let mut dump = tree.dump(&db);
    for diagnostic in &tree.macro_diagnostics {
        dump.push_str(&format!("macro error: {}\n", diagnostic.message()));
    }
    for diagnostic in &tree.unregistered_macros {
        dump.push_str(&format!("unregistered: {}\n", diagnostic.message()));
    }
    expect.assert_eq(&dump);
}

#[test]
fn registered_function_like_macros_expand_and_the_others_are_diagnostics() {
    check(
        &registered(&sources_from_fixture(FIXTURE)),
        expect![[r#"
            mod crate (user/lib.rs)
              Use {use}
              Struct Unaffected
              Fn generated
              Struct Generated
              Struct ThroughUse
            macro error: `pm::boom!`: the procedural macro `boom` panicked: boom at expansion
            macro error: `pm::NotFunctionLike` is not a function-like procedural macro
            unregistered: `pm::unregistered!` is a procedural macro of `pm` that is not registered (Sources::add_proc_macro)
        "#]],
    );
}

#[test]
fn editing_the_proc_macro_crate_re_expands_nothing_until_the_macros_are_registered_again() {
    let sources = registered(&sources_from_fixture(FIXTURE));
    let (mut db, log) = RootDatabase::with_execution_log();
    db.apply(&sources);
    let user = db.workspace().crates(&db)[0];
    let before = crate_module_tree(&db, user).clone();
    assert!(log.count("macro_expansion") >= 5);
    log.take();

    // The proc-macro crate's source changes (a new body): its users' calls stay as they were.
    let pm_root =
        sem_sources::FilePath::new(sem_sources::RootId(0), sem_sources::RelativePath::new("pm/lib.rs").unwrap());
    assert!(sources.file(&pm_root).is_some(), "the fixture's proc-macro crate is at {pm_root:?}");
    let edited = sources.set_file(
        &pm_root,
        FIXTURE.split("proc_macro:true\n").nth(1).unwrap().replace("{ input }", "{ input.clone() }"),
    );
    db.apply(&edited);
    assert_eq!(crate_module_tree(&db, user), &before);
    assert_eq!(log.count("macro_expansion"), 0, "{:?}", log.take());

    // Registered again (the same closures): the calls expand again, to the same items.
    db.apply(&registered(&edited));
    assert_eq!(crate_module_tree(&db, user), &before);
    assert!(log.count("macro_expansion") >= 3, "{:?}", log.take());
}

/// The tokens of `text`, as a procedural macro would produce them.
fn tokens(text: &str) -> TokenStream {
    let parse = sem_syntax::parse_source_file(text, sem_sources::Edition::Edition2021);
    sem_syntax::token_tree::syntax_to_token_tree(&parse.syntax_node(), Default::default(), |_| {
        sem_sources::TokenId::UNSPECIFIED
    })
}

#[test]
fn derives_expand_built_in_or_through_registered_derive_macros_without_disabled_fields() {
    let fixture = r#"
//- /lib.rs crate:a deps:pm cfg:feature=serde
#[derive(Clone, Debug, PartialEq)]
pub struct Point { x: i32, #[cfg(feature = "never")] z: Missing, y: Vec<(u8, u8)> }
#[cfg_attr(feature = "serde", derive(pm::Serialize))]
pub enum Shape { Circle { r: f64, #[cfg(any())] hidden: u8 }, #[cfg(feature = "never")] Gone, Empty }
#[cfg_attr(feature = "other", derive(pm::Serialize))]
pub struct NotDerived;
#[derive(Unknown, core::fmt::Debug)]
pub struct Partly;
#[derive(pm::make_items)]
pub struct Wrong;
mod inner {
    #[derive(Default)]
    pub struct Inside;
}
//- /pm/lib.rs crate:pm proc_macro:true
#[proc_macro_derive(Serialize)]
pub fn serialize(input: TokenStream) -> TokenStream { input }
#[proc_macro]
pub fn make_items(input: TokenStream) -> TokenStream { input }
"#;
    let sources = sources_from_fixture(fixture);
    let pm = sources.crate_graph().iter().find(|(_, data)| data.display_name == "pm").unwrap().0;
    // A derive that writes one function per field or variant name it sees, so that what it
    // was given shows in the module tree.
    let serialize = |input: &TokenStream, _: Option<&TokenStream>| -> Result<TokenStream, String> {
        let text = input.to_text();
        let names: Vec<&str> = ["Circle", "Gone", "Empty", "hidden", "r"]
            .into_iter()
            .filter(|name| text.split(|c: char| !c.is_alphanumeric()).any(|word| word == *name))
            .collect();
        Ok(tokens(&names.iter().map(|name| format!("pub fn saw_{name}() {{}}")).collect::<String>()))
    };
    let sources = sources
        .add_proc_macro(pm, ProcMacro::new("Serialize", ProcMacroKind::Derive, serialize))
        .add_proc_macro(pm, ProcMacro::new("make_items", ProcMacroKind::FunctionLike, identity));
    check(
        &sources,
        expect![[r#"
            mod crate (lib.rs)
              Struct Point
              Enum Shape
              Struct NotDerived
              Struct Partly
              Struct Wrong
              Fn saw_Circle
              Fn saw_Empty
              Fn saw_r
              Impl {impl}
              Impl {impl}#1
              Impl {impl}#2
              Impl {impl}#3
              Impl {impl}#4
              mod inner
                Struct Inside
                Impl {impl}
            macro error: cannot find derive macro `Unknown` in this scope
            macro error: `pm::make_items` is not a derive macro
        "#]],
    );
}

#[test]
fn registered_attribute_macros_replace_their_item_and_unregistered_ones_leave_it() {
    let fixture = r#"
//- /lib.rs crate:a deps:pm
#[pm::instrument(extra)]
pub fn original() {}
use pm::instrument;
#[cfg_attr(all(), instrument(second))]
pub struct Replaced { field: u8 }
#[pm::main]
pub fn main() {}
#[inline]
#[rustfmt::skip]
pub fn plain() {}
#[instrument(in_impl)]
impl Replaced { pub fn method(&self) {} }
//- /pm/lib.rs crate:pm proc_macro:true
#[proc_macro_attribute]
pub fn instrument(attr: TokenStream, item: TokenStream) -> TokenStream { item }
#[proc_macro_attribute]
pub fn main(attr: TokenStream, item: TokenStream) -> TokenStream { item }
"#;
    let sources = sources_from_fixture(fixture);
    let pm = sources.crate_graph().iter().find(|(_, data)| data.display_name == "pm").unwrap().0;
    // Gives the item back without the attribute (which it must not see), and a function named
    // by the attribute's argument.
    let instrument = |item: &TokenStream, attr: Option<&TokenStream>| -> Result<TokenStream, String> {
        let item = item.to_text();
        if item.contains("instrument") {
            return Err(format!("the attribute was left on the item: {item}"));
        }
        let name = attr.map(|it| it.to_text()).unwrap_or_default();
        Ok(tokens(&format!("{item} pub fn {}() {{}}", name.trim())))
    };
    let sources = sources.add_proc_macro(pm, ProcMacro::new("instrument", ProcMacroKind::Attribute, instrument));
    let db = RootDatabase::from_sources(&sources);
    let user = db.workspace().crates(&db)[0];
    let tree = crate_module_tree(&db, user);
    let mut dump = tree.dump(&db);
    for diagnostic in &tree.macro_diagnostics {
        dump.push_str(&format!("macro error: {}\n", diagnostic.message()));
    }
    for expn in tree.fragments() {
        for diagnostic in &crate::expand::collect_definitions(&db, expn).diagnostics {
            dump.push_str(&format!("collect: {}\n", diagnostic.message()));
        }
    }
    expect![[r#"
        mod crate (lib.rs)
          Use {use}
          Fn main
          Fn plain
          Fn original
          Fn extra
          Struct Replaced
          Fn second
          Impl {impl}
          Fn in_impl
        collect: `#[pm::main]` is an attribute macro of `pm` that is not registered (Sources::add_proc_macro): the item is analyzed as written
    "#]]
    .assert_eq(&dump);
}

#[test]
fn attribute_macros_on_items_that_other_macros_make_expand_too() {
    let fixture = r#"
//- /lib.rs crate:a deps:pm
macro_rules! wrap { ($name:ident) => { #[pm::rename] pub fn $name() {} }; }
wrap!(made_by_macro);
//- /pm/lib.rs crate:pm proc_macro:true
#[proc_macro_attribute]
pub fn rename(attr: TokenStream, item: TokenStream) -> TokenStream { item }
"#;
    let sources = sources_from_fixture(fixture);
    let pm = sources.crate_graph().iter().find(|(_, data)| data.display_name == "pm").unwrap().0;
    // Replaces the item by a function named after it, with `_renamed`.
    let rename = |item: &TokenStream, _: Option<&TokenStream>| -> Result<TokenStream, String> {
        let text = item.to_text();
        let name = text.split_whitespace().skip_while(|word| *word != "fn").nth(1).ok_or(text.clone())?;
        Ok(tokens(&format!("pub fn {name}_renamed() {{}}")))
    };
    check(
        &sources.add_proc_macro(pm, ProcMacro::new("rename", ProcMacroKind::Attribute, rename)),
        expect![[r#"
            mod crate (lib.rs)
              MacroRules wrap
              Fn made_by_macro_renamed
        "#]],
    );
}

#[test]
fn tokens_a_procedural_macro_passes_on_keep_their_spans_and_made_up_ones_sit_at_the_call() {
    let fixture = r#"
//- /lib.rs crate:a deps:pm
#[derive(pm::Named)]
pub struct Widget;
pm::wrap!(pub fn inner() {});
//- /pm/lib.rs crate:pm proc_macro:true
#[proc_macro_derive(Named)]
pub fn named(input: TokenStream) -> TokenStream { input }
#[proc_macro]
pub fn wrap(input: TokenStream) -> TokenStream { input }
"#;
    let sources = sources_from_fixture(fixture);
    let pm = sources.crate_graph().iter().find(|(_, data)| data.display_name == "pm").unwrap().0;
    // `impl Widget {}`, with the type's name taken from the input (its token id kept).
    let named = |input: &TokenStream, _: Option<&TokenStream>| -> Result<TokenStream, String> {
        use sem_syntax::token_tree::{Leaf, TokenTree};
        let name = input
            .token_trees
            .iter()
            .skip_while(|tree| !matches!(tree, TokenTree::Leaf(Leaf::Ident(ident)) if ident.text == "struct"))
            .nth(1)
            .cloned()
            .ok_or("no name")?;
        let mut output = tokens("impl X {}");
        output.token_trees[1] = name;
        Ok(output)
    };
    let sources = sources
        .add_proc_macro(pm, ProcMacro::new("Named", ProcMacroKind::Derive, named))
        .add_proc_macro(pm, ProcMacro::new("wrap", ProcMacroKind::FunctionLike, identity));
    let db = RootDatabase::from_sources(&sources);
    let user = db.workspace().crates(&db)[0];
    let tree = crate_module_tree(&db, user);
    let mut dump = String::new();
    for &expn in tree.modules[0].macro_fragments.iter().chain(&tree.modules[0].derive_fragments) {
        dump.push_str(&crate::spans::dump_expansion_spans(&db, expn));
    }
    expect![[r#"
        impl     lib.rs:13..18 "Named" [pm::Named!#]
        Widget   lib.rs:32..38 "Widget" [root]
        {        lib.rs:13..18 "Named" [pm::Named!#]
        }        lib.rs:13..18 "Named" [pm::Named!#]
        pub      lib.rs:50..53 "pub" [root]
        fn       lib.rs:54..56 "fn" [root]
        inner    lib.rs:57..62 "inner" [root]
        (        lib.rs:62..63 "(" [root]
        )        lib.rs:63..64 ")" [root]
        {        lib.rs:65..66 "{" [root]
        }        lib.rs:66..67 "}" [root]
    "#]]
    .assert_eq(&dump);
}
