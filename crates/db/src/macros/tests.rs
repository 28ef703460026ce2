//! Item-level macro calls expanded: textual scope, `#[macro_use]`, other crates, `$crate`,
//! macros that define macros, modules declared by expansions, and compilation bombs.

use std::time::Instant;

use expect_test::{Expect, expect};

use sem_sources::Edition;
use sem_syntax::{
    TopEntryPoint,
    token_tree::{Leaf, Subtree, TokenTree, token_tree_to_syntax},
};

use super::summarize_expansion;
use crate::{
    Db, RootDatabase,
    fixture::{database_from_fixture, sources_from_fixture},
    items::{MACRO_INPUT, summarize_macro_items},
    nameres::crate_module_tree,
};

/// Dumps the module tree of the fixture's first crate, then why calls were not expanded.
fn check(fixture: &str, expect: Expect) {
    let (db, krate) = database_from_fixture(fixture);
    let tree = crate_module_tree(&db, krate);
    let mut dump = tree.dump(&db);
    for diagnostic in &tree.macro_diagnostics {
        dump.push_str(&format!("macro error: {}\n", diagnostic.message()));
    }
    dump.push_str(&format!("expanded: {}\n", tree.expanded_macro_calls));
    expect.assert_eq(&dump);
}

#[test]
fn a_macro_defined_before_a_call_in_the_same_file_expands_and_one_after_does_not() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! make_struct { ($name:ident) => { pub struct $name; }; }
make_struct!(Early);
later!();
macro_rules! later { () => { fn too_late() {} } }
"#,
        expect![[r#"
            mod crate (lib.rs)
              MacroRules make_struct
              MacroRules later
              Struct Early
            macro error: cannot find macro `later!` in this scope
            expanded: 1
        "#]],
    );
}

#[test]
fn macro_use_modules_export_their_macros_to_what_follows() {
    check(
        r#"
//- /lib.rs crate:a
#[macro_use]
mod macros;
mod user;
//- /macros.rs
macro_rules! cfg_feature { ($($item:item)*) => { $( $item )* } }
//- /user.rs
cfg_feature! {
    pub fn inside() {}
    mod declared_by_macro;
}
//- /user/declared_by_macro.rs
pub struct Found;
"#,
        expect![[r#"
            mod crate (lib.rs)
              mod macros (macros.rs)
                MacroRules cfg_feature
              mod user (user.rs)
                Fn inside
                mod declared_by_macro (user/declared_by_macro.rs)
                  Struct Found
            expanded: 1
        "#]],
    );
}

#[test]
fn an_inner_macro_use_at_the_top_of_a_module_file_exports_its_macros_too() {
    // object's `constants.rs` starts with `#![macro_use]`; `mod constants;` has no attribute.
    check(
        r#"
//- /lib.rs crate:a
mod constants;
mod plain;
newtype!(Class);
hidden!();
//- /constants.rs
#![macro_use]
macro_rules! newtype { ($name:ident) => { pub struct $name(pub u8); } }
//- /plain.rs
macro_rules! hidden { () => { fn leaked() {} } }
"#,
        expect![[r#"
            mod crate (lib.rs)
              Struct Class
              mod constants (constants.rs)
                MacroRules newtype
              mod plain (plain.rs)
                MacroRules hidden
            macro error: cannot find macro `hidden!` in this scope
            expanded: 1
        "#]],
    );
}

#[test]
fn macro_2_0_items_are_seen_from_the_whole_module_in_both_forms() {
    // core's `sync/atomic.rs` defines `macro impl_atomic_primitive(..) { .. }` and calls it.
    check(
        r#"
//- /lib.rs crate:a
used_before!(Early);
macro used_before($name:ident) { pub struct $name; }
macro rules_form {
    (fn $name:ident) => { pub fn $name() {} },
    (struct $name:ident) => { pub struct $name; },
}
rules_form!(fn made);
mod child {
    used_before!(NotHere);
}
"#,
        expect![[r#"
            mod crate (lib.rs)
              MacroDef used_before
              MacroDef rules_form
              Struct Early
              Fn made
              mod child
            macro error: cannot find macro `used_before!` in this scope
            expanded: 2
        "#]],
    );
}

#[test]
fn cfg_select_expands_the_first_arm_whose_predicate_holds() {
    // std's platform layer is chosen this way (`sys/path/mod.rs`).
    check(
        r#"
//- /lib.rs crate:a cfg:unix,target_os=linux
cfg_select! {
    target_os = "windows" => { pub struct Windows; }
    all(unix, not(target_os = "macos")) => { pub struct Linux; mod platform; }
    _ => { pub struct Other; }
}
cfg_select! {
    windows => { pub struct NotThis; }
    _ => { pub struct Fallback; }
}
cfg_select! {
    windows => { pub struct Nothing; }
}
//- /platform.rs
pub fn found() {}
"#,
        expect![[r#"
            mod crate (lib.rs)
              Struct Linux
              Struct Fallback
              mod platform (platform.rs)
                Fn found
            macro error: `cfg_select!`: none of the predicates in this `cfg_select` evaluated to true
            expanded: 2
        "#]],
    );
}

#[test]
fn built_in_macros_in_item_position_read_the_crate_and_its_files() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix env:PART=more
#[rustc_builtin_macro]
macro_rules! include { ($file:expr $(,)?) => {{ /* compiler built-in */ }}; }
include!("parts/generated.rs");
include!(concat!("parts/", env!("PART"), ".rs"));
include!(concat!(env!("OUT_DIR"), "/bindings.rs"));
include!("parts/missing.rs");
compile_error!("this configuration is not supported");
mod inner {
    cfg_select! { unix => { pub struct OnUnix; } _ => {} }
    core::cfg_select! { unix => { pub struct ThroughCorePath; } }
}
format_args!("not an item {}", 1);
//- /parts/generated.rs
pub struct FromInclude;
pub fn from_include() {}
//- /parts/more.rs
pub struct MoreFromInclude;
"#,
        expect![[r#"
            mod crate (lib.rs)
              MacroRules include
              Struct FromInclude
              Fn from_include
              Struct MoreFromInclude
              mod inner
                Struct OnUnix
                Struct ThroughCorePath
            macro error: `include!`: environment variable `OUT_DIR` not defined at compile time
            macro error: `include!`: cannot include `parts/missing.rs`: no such file in the source root (a build script's output is not loaded)
            macro error: this configuration is not supported
            macro error: the expansion of `format_args!` is not items: expected an item: macro expansion ignores this token and any following
            expanded: 5
        "#]],
    );
}

#[test]
fn exported_macros_of_other_crates_by_macro_use_by_path_and_through_dollar_crate() {
    check(
        r#"
//- /lib.rs crate:a deps:dep
#[macro_use]
extern crate dep;
outer!();
dep::by_path!();
//- /dep/lib.rs crate:dep
#[macro_export]
macro_rules! outer { () => { $crate::inner!(); }; }
#[macro_export]
macro_rules! inner { () => { pub struct FromInner; }; }
#[macro_export]
macro_rules! by_path { () => { pub fn from_path() {} }; }
"#,
        expect![[r#"
            mod crate (lib.rs)
              ExternCrate dep
              Fn from_path
              Struct FromInner
            expanded: 3
        "#]],
    );
}

#[test]
fn a_macro_of_another_crate_named_through_use() {
    check(
        r#"
//- /lib.rs crate:a deps:dep
use dep::{pin_struct, renamed as local_name};
pin_struct!(Pinned);
local_name!();
//- /dep/lib.rs crate:dep
#[macro_export]
macro_rules! pin_struct { ($name:ident) => { pub struct $name; }; }
#[macro_export]
macro_rules! renamed { () => { pub fn from_renamed() {} }; }
"#,
        expect![[r#"
            mod crate (lib.rs)
              Use {use}
              Struct Pinned
              Fn from_renamed
            expanded: 2
        "#]],
    );
}

#[test]
fn a_use_of_the_module_names_macros_for_calls_inside_its_macros_expansions() {
    // tokio's `writer!` calls `pin_project!`, which the file imports with `use`.
    check(
        r#"
//- /lib.rs crate:a deps:dep edition:2021
mod log;
use dep::pin_struct;
use crate::log::trace;
macro_rules! writer { ($name:ident) => { pin_struct!($name); trace!(); }; }
writer!(Written);
mod inner {
    macro_rules! nested { () => { pin_struct!(NotImportedHere); }; }
    nested!();
}
//- /log.rs
macro_rules! trace { () => { pub fn traced() {} } }
pub(crate) use trace;
//- /dep/lib.rs crate:dep
#[macro_export]
macro_rules! pin_struct { ($name:ident) => { pub struct $name; }; }
"#,
        expect![[r#"
            mod crate (lib.rs)
              Use {use}
              Use {use}#1
              MacroRules writer
              Struct Written
              Fn traced
              mod log (log.rs)
                MacroRules trace
                Use {use}
              mod inner
                MacroRules nested
            macro error: cannot find macro `pin_struct!` in this scope
            expanded: 4
        "#]],
    );
}

#[test]
fn macros_named_by_longer_paths_through_other_crates_modules_and_re_exports() {
    // std's `thread_local!` calls `$crate::thread::local_impl::thread_local_process_attrs!`, a
    // `pub use` of a `macro`; utf8_iter calls `crate::macros::named!`.
    check(
        r#"
//- /lib.rs crate:a deps:dep edition:2021
mod macros;
dep::outer!();
dep::module::direct!();
dep::module::private_module_macro!();
crate::macros::own!();
//- /macros.rs
macro_rules! own { () => { pub fn from_own() {} } }
pub(crate) use own;
//- /dep/lib.rs crate:dep edition:2021
#![feature(decl_macro)]
#[macro_export]
macro_rules! outer { () => { $crate::module::reexported!(); }; }
pub mod module {
    pub use crate::hidden::reexported;
    pub macro direct() { pub fn from_direct() {} }
    macro private_module_macro() { pub fn hidden() {} }
}
mod hidden {
    pub macro reexported() { pub struct FromReexport; }
}
"#,
        expect![[r#"
            mod crate (lib.rs)
              Fn from_direct
              Fn from_own
              Struct FromReexport
              mod macros (macros.rs)
                MacroRules own
                Use {use}
            macro error: cannot find macro `dep::module::private_module_macro!` in this scope
            expanded: 4
        "#]],
    );
}

#[test]
fn macros_defined_by_expansions_are_in_scope_after_them() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! define { ($name:ident) => { macro_rules! $name { () => { struct Made; } } }; }
define!(made);
made!();
"#,
        expect![[r#"
            mod crate (lib.rs)
              MacroRules define
              MacroRules made
              Struct Made
            expanded: 2
        "#]],
    );
}

#[test]
fn unbounded_recursion_stops_at_the_recursion_limit_quickly() {
    let start = Instant::now();
    check(
        r#"
//- /lib.rs crate:a
#![recursion_limit = "16"]
macro_rules! forever { () => { struct S; forever!(); }; }
forever!();
"#,
        expect![[r#"
            mod crate (lib.rs)
              MacroRules forever
              Struct S
              Struct S#1
              Struct S#2
              Struct S#3
              Struct S#4
              Struct S#5
              Struct S#6
              Struct S#7
              Struct S#8
              Struct S#9
              Struct S#10
              Struct S#11
              Struct S#12
              Struct S#13
              Struct S#14
              Struct S#15
            error: recursion limit reached while expanding `forever!` (limit 16)
            expanded: 16
        "#]],
    );
    assert!(start.elapsed().as_millis() < 2_000, "{:?}", start.elapsed());
}

#[test]
fn a_huge_recursion_limit_is_capped() {
    let (db, krate) = database_from_fixture(
        r#"
//- /lib.rs crate:a
#![recursion_limit = "1000000"]
macro_rules! deep { () => { deep!(); }; }
deep!();
"#,
    );
    let tree = crate_module_tree(&db, krate);
    assert_eq!(tree.expanded_macro_calls, crate::expand::MAX_RECURSION_LIMIT as usize);
    let limit =
        format!("recursion limit reached while expanding `deep!` (limit {})", crate::expand::MAX_RECURSION_LIMIT);
    assert!(tree.diagnostics.iter().any(|it| it.message() == limit), "{:?}", tree.diagnostics);
}

#[test]
fn exponential_fan_out_stops_at_the_budget_of_its_call_then_of_the_crate() {
    // One call: its tree of expansions stops at the budget of one call.
    let (db, krate) = database_from_fixture(
        r#"
//- /lib.rs crate:a
macro_rules! twice { () => { twice!(); twice!(); }; }
twice!();
"#,
    );
    let start = Instant::now();
    let tree = crate_module_tree(&db, krate);
    let elapsed = start.elapsed();
    let messages: Vec<String> = tree.diagnostics.iter().map(|it| it.message()).collect();
    assert_eq!(messages, ["this macro call leads to more than 2048 macro expansions: the rest are left out"]);
    // Reported at the call written in the file: the root's second expansion point.
    assert_eq!(
        (tree.diagnostics[0].expansion, tree.diagnostics[0].expansion_point),
        (crate::expand::ExpnId::crate_root(&db, krate), Some(crate::ids::ExpansionPointIndex::new(0)))
    );
    assert_eq!(tree.expanded_macro_calls, crate::nameres::MAX_EXPANSIONS_PER_CALL);
    eprintln!("fan-out bomb: {} expansions in {elapsed:?}", tree.expanded_macro_calls);

    // Ten calls: each within its budget, together past the crate's.
    let (db, krate) = database_from_fixture(
        r#"
//- /lib.rs crate:a
macro_rules! twice { () => { twice!(); twice!(); }; }
twice!(); twice!(); twice!(); twice!(); twice!(); twice!(); twice!(); twice!(); twice!(); twice!();
"#,
    );
    let tree = crate_module_tree(&db, krate);
    assert!(
        tree.diagnostics
            .iter()
            .any(|it| it.message() == "the crate has more than 20000 macro expansions: the rest are left out"),
        "{:?}",
        tree.diagnostics
    );
    assert!(tree.expanded_macro_calls <= crate::nameres::MAX_EXPANSIONS);
}

/// The one diagnostic of `tree`, which must be the per-call token budget stopping `what`, with
/// its code.
fn the_call_token_budget_diagnostic<'t>(
    tree: &'t crate::nameres::ModuleTree,
    what: &str,
) -> &'t crate::nameres::ModuleDiagnostic {
    let [diagnostic] = tree.diagnostics.as_slice() else { panic!("{:?}", tree.diagnostics) };
    assert_eq!(
        diagnostic.kind,
        crate::diagnostics::ModuleTreeDiagnosticKind::Macro(crate::diagnostics::MacroError::CallTokenBudget {
            what: what.to_owned(),
            limit: crate::nameres::MAX_EXPANSION_TOKENS_PER_CALL
        })
    );
    assert_eq!(crate::diagnostics::DiagnosticKind::code(&diagnostic.kind).as_str(), "call-token-limit");
    diagnostic
}

/// The bombs' fixtures end with `pub struct After;`: the walk must go on past the bomb.
fn assert_the_item_after_the_bomb_is_defined(db: &RootDatabase, tree: &crate::nameres::ModuleTree) {
    assert!(
        crate::nameres::module_definitions(db, tree, crate::ids::ModuleIndex::ROOT)
            .iter()
            .any(|(_, path)| path.to_string() == "crate::After"),
        "`After` is not defined"
    );
}

#[test]
fn a_call_whose_expansions_double_stops_at_the_token_budget_of_one_call() {
    // Each step doubles its input: the per-expansion limits of `sem-expand` would let it run to
    // a million tokens; the budget of the call written in the file stops it at 2^18, while the
    // expansion that would pass it is still being transcribed (never parsed).
    let (db, krate) = database_from_fixture(
        r#"
//- /lib.rs crate:a
macro_rules! grow { ($($t:tt)*) => { grow!($($t)* $($t)*); }; }
grow!(x);
pub struct After;
"#,
    );
    let start = Instant::now();
    let tree = crate_module_tree(&db, krate);
    let elapsed = start.elapsed();
    let diagnostic = the_call_token_budget_diagnostic(tree, "grow!");
    // The n-th expansion holds 2^n tokens and a few for the call around them: 16 fit, the
    // 17th would take the chain past 2^18. It is reported at its call, the one the 16th
    // expansion makes, which tools follow back to the call written in the file.
    assert_eq!(tree.expanded_macro_calls, 16);
    assert_eq!(
        crate::expand::item_in_file(&db, diagnostic.expansion, crate::ids::ItemIndex::new(0)),
        Some((crate::expand::ExpnId::crate_root(&db, krate), crate::ids::ItemIndex::new(1))),
        "the call written in the file is the root's item 1"
    );
    assert_the_item_after_the_bomb_is_defined(&db, tree);
    eprintln!("doubling bomb: {} expansions in {elapsed:?}", tree.expanded_macro_calls);
}

#[test]
fn a_chain_that_grows_by_items_and_a_call_stops_at_the_token_budget_of_one_call() {
    // Each step writes an item and calls itself with 32 tokens more: below the recursion limit,
    // every expansion is parsed and summarized (items, not only calls), so the chain's tokens
    // grow quadratically until the budget of the call written in the file stops it.
    let (db, krate) = database_from_fixture(
        r#"
//- /lib.rs crate:a
macro_rules! longer {
    ($($t:tt)*) => {
        fn step() {}
        longer!($($t)* a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a);
    };
}
longer!();
pub struct After;
"#,
    );
    let start = Instant::now();
    let tree = crate_module_tree(&db, krate);
    let elapsed = start.elapsed();
    the_call_token_budget_diagnostic(tree, "longer!");
    // The n-th expansion holds 32 (n - 1) tokens of input and 15 of its own, so the chain
    // holds about 16 n^2 tokens: 127 expansions fit in 2^18, below the recursion limit of 128.
    assert_eq!(tree.expanded_macro_calls, 127);
    assert_the_item_after_the_bomb_is_defined(&db, tree);
    eprintln!("growing chain: {} expansions in {elapsed:?}", tree.expanded_macro_calls);
}

#[test]
fn a_broken_definition_whose_recovered_expansions_call_it_again_stops_at_the_recursion_limit() {
    // Found by the `expand` fuzz target (fuzz/regressions/expand): an expansion that is not
    // items is an error, but the parse recovers inside the broken item and still finds a call
    // of the macro after it, with a longer input each time. Every level is parsed with errors;
    // the chain ends at the recursion limit.
    let (db, krate) = database_from_fixture(
        r#"
//- /lib.rs crate:a
macro_rules! broken { ($($t:tt)+) => { struct S { *** } broken!($($t)* a b c d e f g h); } }
broken!(x);
pub struct After;
"#,
    );
    let tree = crate_module_tree(&db, krate);
    // The limit, then each of the 128 levels for not being items.
    assert_eq!(codes_of(tree)[0], "recursion-limit");
    assert_eq!(codes_of(tree)[1..], ["expansion-not-items"; 128]);
    assert_eq!(tree.expanded_macro_calls, 128);
    assert_the_item_after_the_bomb_is_defined(&db, tree);
}

#[test]
fn an_expansion_ends_at_the_first_token_that_starts_no_item_as_in_rustc() {
    // rustc: "macro expansion ignores `*` and any following". What comes before is defined;
    // the rest, the call of the macro included, is one error and nothing else: no chain of
    // expansions, however many tokens follow.
    let (db, krate) = database_from_fixture(
        r#"
//- /lib.rs crate:a
macro_rules! broken { ($($t:tt)+) => { pub struct Before; *** broken!($($t)* a b c d e f g h); pub struct Ignored; } }
broken!(x);
pub struct After;
"#,
    );
    let tree = crate_module_tree(&db, krate);
    assert_eq!(codes_of(tree), ["expansion-not-items"]);
    assert_eq!(tree.expanded_macro_calls, 1);
    let names: Vec<String> = crate::nameres::module_definitions(&db, tree, crate::ids::ModuleIndex::ROOT)
        .iter()
        .map(|(_, path)| path.to_string())
        .collect();
    assert_eq!(names, ["crate::broken", "crate::After", "crate::Before"]);
}

/// The codes of `tree`'s diagnostics: the walk's own, then those of macro expansions.
fn codes_of(tree: &crate::nameres::ModuleTree) -> Vec<&'static str> {
    tree.diagnostics
        .iter()
        .chain(&tree.macro_diagnostics)
        .map(|diagnostic| crate::diagnostics::DiagnosticKind::code(&diagnostic.kind).as_str())
        .collect()
}

/// Every input kept in `fuzz/regressions/expand` (a crash, hang or slow run the `expand` fuzz
/// target found), run as the target runs it: an edition byte, then `macro_rules!` rules, a NUL
/// byte and a call's input. Each must end with its module tree and def map, and the slow ones
/// kept there must stop at a limit of the engine or at an expansion's first token that starts
/// no item, reported as such.
#[test]
fn inputs_the_expand_fuzzer_found_end_with_their_diagnostics() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/expand");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("fuzz/regressions/expand is in the repository")
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "bin"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", folder.display());
    for file in files {
        let data = std::fs::read(&file).expect("a readable input");
        let Some((&selector, rest)) = data.split_first() else { continue };
        let Ok(rest) = std::str::from_utf8(rest) else { continue };
        let (rules, input) = rest.split_once('\0').unwrap_or((rest, ""));
        let edition = sem_sources::Edition::ALL[usize::from(selector) % sem_sources::Edition::ALL.len()];
        let fixture =
            format!("//- /lib.rs crate:a edition:{}\nmacro_rules! m {{ {rules} }}\nm!({input});\n", edition.as_str());
        let (db, krate) = database_from_fixture(&fixture);
        let tree = crate_module_tree(&db, krate);
        let _ = crate::nameres::crate_def_map(&db, krate);
        let name = file.file_name().expect("a file").to_string_lossy().into_owned();
        if name.starts_with("slow-") {
            // What stops them: a limit of the engine, or the end of an expansion at its first
            // token that starts no item (`expansion-not-items`), which ignores the rest.
            let codes = codes_of(tree);
            assert!(
                codes.iter().any(|code| code.ends_with("-limit") || *code == "expansion-not-items"),
                "{name}: neither a limit nor the end of an expansion: {codes:?}"
            );
        }
    }
}

#[test]
fn a_call_whose_tree_of_expansions_grows_wide_stops_at_the_token_budget_of_one_call() {
    // Each expansion makes two calls with its input doubled: no chain comes near 2^18 tokens
    // (the transcriber's fuel), but the tree does, and the walk stops it at the call.
    let (db, krate) = database_from_fixture(
        r#"
//- /lib.rs crate:a
macro_rules! two { ($($t:tt)*) => { two!($($t)* $($t)*); two!($($t)* $($t)*); }; }
two!(x);
pub struct After;
"#,
    );
    let tree = crate_module_tree(&db, krate);
    let [diagnostic] = tree.diagnostics.as_slice() else { panic!("{:?}", tree.diagnostics) };
    assert_eq!(
        diagnostic.kind,
        crate::diagnostics::ModuleTreeDiagnosticKind::TooManyTokensOfCall {
            limit: crate::nameres::MAX_EXPANSION_TOKENS_PER_CALL
        }
    );
    // At the call written in the file: the root fragment's first expansion point.
    assert_eq!(
        (diagnostic.expansion, diagnostic.expansion_point),
        (crate::expand::ExpnId::crate_root(&db, krate), Some(crate::ids::ExpansionPointIndex::new(0)))
    );
    assert!(tree.expanded_macro_calls < crate::nameres::MAX_EXPANSIONS_PER_CALL, "{}", tree.expanded_macro_calls);
    assert_the_item_after_the_bomb_is_defined(&db, tree);
}

#[test]
fn a_deep_recursion_is_linear_in_its_depth() {
    // Each level used to walk every level above it, twice (the depth, the textual scope).
    let (mut db, log) = RootDatabase::with_execution_log();
    db.apply(&sources_from_fixture(
        r#"
//- /lib.rs crate:a
#![recursion_limit = "1024"]
macro_rules! deep { () => { deep!(); }; }
deep!();
"#,
    ));
    let krate = db.workspace().crates(&db)[0];
    let tree = crate_module_tree(&db, krate);
    assert_eq!(tree.expanded_macro_calls, 1024);
    // One execution of each per level: the parent's answer is read from its memo.
    assert_eq!(log.count("macro_depth"), 1 + 1025);
    assert!(log.count("enclosing_scope") <= 1026, "{}", log.count("enclosing_scope"));
}

#[test]
fn built_in_derives_are_expanded_only_when_their_definitions_are_asked_for() {
    let fixture = r#"
//- /lib.rs crate:a
#[derive(Clone, Debug)]
pub struct One;
#[derive(PartialEq)]
pub enum Two { A, B }
macro_rules! make { () => { pub struct Made; } }
make!();
"#;
    let (mut db, log) = RootDatabase::with_execution_log();
    db.apply(&sources_from_fixture(fixture));
    let krate = db.workspace().crates(&db)[0];
    let tree = crate_module_tree(&db, krate);
    crate::nameres::crate_def_map(&db, krate);
    // The tree and name resolution expand the `make!` call only.
    assert_eq!(log.count("macro_expansion"), 1, "{:?}", log.take());
    assert_eq!(tree.derive_fragments().len(), 3);
    log.take();
    // The module's definitions include the derived impls, expanded now.
    let definitions = crate::nameres::module_definitions(&db, tree, crate::ids::ModuleIndex::ROOT);
    assert_eq!(log.count("macro_expansion"), 3, "{:?}", log.take());
    let impls = definitions.iter().filter(|(kind, _)| *kind == crate::expand::DefKind::Impl).count();
    // Clone, Debug, PartialEq and the StructuralPartialEq that comes with it.
    assert_eq!(impls, 4);
}

#[test]
fn macros_imported_from_the_crate_itself_by_path_expand() {
    // tracing-style logging modules: `macro_rules!` then `pub(crate) use`, imported elsewhere.
    check(
        r#"
//- /lib.rs crate:a edition:2021
mod log;
mod user;
mod inline {
    pub(crate) mod deeper {
        macro_rules! make { ($name:ident) => { pub struct $name; } }
        pub(crate) use make;
    }
}
//- /log.rs
macro_rules! trace { () => { pub fn traced() {} } }
pub(crate) use trace;
//- /user.rs
use crate::log::trace;
use crate::inline::deeper::make as build;
use crate::log::missing;
trace!();
build!(Built);
missing!();
"#,
        expect![[r#"
            mod crate (lib.rs)
              mod log (log.rs)
                MacroRules trace
                Use {use}
              mod user (user.rs)
                Use {use}
                Use {use}#1
                Use {use}#2
                Fn traced
                Struct Built
              mod inline
                mod deeper
                  MacroRules make
                  Use {use}
            macro error: cannot find macro `missing!` in this scope
            expanded: 2
        "#]],
    );
}

/// Dumps the expansion of every expansion point of the crate root's fragment that is a macro
/// call or a derive, in order.
fn check_expansions(fixture: &str, expect: Expect) {
    let (db, krate) = database_from_fixture(fixture);
    let root = crate::expand::ExpnId::crate_root(&db, krate);
    let mut dump = String::new();
    for (index, point) in crate::expand::collect_definitions(&db, root).indexed_expansion_points() {
        if let crate::expand::ExpansionPoint::MacroCall { path, .. } = point {
            let child = crate::expand::ExpnId::point(&db, root, index);
            dump.push_str(&format!("{path}: {}\n", crate::expand::dump_expansion(&db, child)));
        }
    }
    expect.assert_eq(&dump);
}

#[test]
fn expansions_dump_as_text_for_snapshots() {
    check_expansions(
        r#"
//- /lib.rs crate:a
macro_rules! getter { ($name:ident: $ty:ty) => { pub fn $name() -> $ty { Default::default() } } }
getter!(count: usize);
#[derive(Clone)]
pub struct Unit;
include!("part.rs");
missing!();
//- /part.rs
pub struct Included;
"#,
        expect![[r#"
            getter: pub fn count () -> usize {Default :: default ()}
            Clone: # [automatically_derived] impl :: core :: clone :: Clone for Unit {# [inline] fn clone (& self) -> Self {Unit}}
            include: included items:
            struct Included [pub]
            missing: error: cannot find macro `missing!` in this scope
        "#]],
    );
}

#[test]
fn doc_comments_reach_macros_as_doc_attributes() {
    // syn's `define_delimiters!` needs at least one `#[doc]` before each name.
    check_expansions(
        r#"
//- /lib.rs crate:a
macro_rules! documented { ($(#[doc = $doc:literal])+ $name:ident) => { pub struct $name; }; }
documented! {
    /// The first line.
    /** The second. */
    Documented
}
"#,
        expect![[r#"
            documented: pub struct Documented ;
        "#]],
    );
}

#[test]
fn crate_paths_name_an_exported_macro_whatever_the_order_of_the_modules() {
    // syn 1: `crate::custom_keyword!(raw)` in `expr.rs`, the macro exported from a module
    // declared after `mod expr;`; then the same with the modules the other way round.
    let files = r#"
//- /expr.rs
crate::custom_keyword!(Raw);
mod inner { crate::custom_keyword!(Deeper); }
//- /custom_keyword.rs
#[macro_export]
macro_rules! custom_keyword { ($name:ident) => { pub struct $name; }; }
"#;
    let expected = expect![[r#"
        mod crate (lib.rs)
          mod expr (expr.rs)
            Struct Raw
            mod inner
              Struct Deeper
          mod custom_keyword (custom_keyword.rs)
            MacroRules custom_keyword
        expanded: 2
    "#]];
    check(&format!("//- /lib.rs crate:a\nmod expr;\nmod custom_keyword;\n{files}"), expected);
    check(
        &format!("//- /lib.rs crate:a\nmod custom_keyword;\nmod expr;\n{files}"),
        expect![[r#"
            mod crate (lib.rs)
              mod custom_keyword (custom_keyword.rs)
                MacroRules custom_keyword
              mod expr (expr.rs)
                Struct Raw
                mod inner
                  Struct Deeper
            expanded: 2
        "#]],
    );
}

#[test]
fn self_super_and_dollar_crate_paths_resolve_in_any_order() {
    // `self::m!` and `super::m!` name a macro of the module the path names (re-exported there
    // with `pub(crate) use`, the 2018 idiom); `$crate::m!` in the crate's own macro names its
    // `#[macro_export]` macro defined in a later module.
    check(
        r#"
//- /lib.rs crate:a
mod user;
mod macros;
mod parent {
    mod child { super::in_parent!(FromChild); }
    self::in_parent!(FromSelf);
    macro_rules! in_parent { ($name:ident) => { pub struct $name; }; }
    pub(crate) use in_parent;
}
//- /user.rs
crate::macros::outer!(ViaCrate);
//- /macros.rs
macro_rules! outer { ($name:ident) => { $crate::exported_late!($name); }; }
pub(crate) use outer;
mod late {
    #[macro_export]
    macro_rules! exported_late { ($name:ident) => { pub struct $name; }; }
}
"#,
        expect![[r#"
            mod crate (lib.rs)
              mod user (user.rs)
                Struct ViaCrate
              mod macros (macros.rs)
                MacroRules outer
                Use {use}
                mod late
                  MacroRules exported_late
              mod parent
                MacroRules in_parent
                Use {use}
                Struct FromSelf
                mod child
                  Struct FromChild
            expanded: 4
        "#]],
    );
}

#[test]
fn a_derive_is_given_its_item_without_the_fields_that_nested_cfg_attrs_disable() {
    // `cfg_attr` is applied by one function everywhere, nested ones included: the derive's
    // input loses `nested_off` as the collector would drop an item under the same attributes.
    let (db, krate) = database_from_fixture(
        r#"
//- /lib.rs crate:a cfg:unix
#[derive(Clone)]
pub struct S {
    kept: u8,
    #[cfg_attr(unix, cfg_attr(unix, cfg(windows)))]
    nested_off: u16,
    #[cfg_attr(unix, cfg_attr(windows, cfg(windows)))]
    nested_on: u32,
}
"#,
    );
    let tree = crate_module_tree(&db, krate);
    let text = crate::expand::dump_expansion(&db, tree.derive_fragments()[0]);
    assert!(text.contains("kept") && text.contains("nested_on"), "{text}");
    assert!(!text.contains("nested_off"), "{text}");
}

/// Replaces every identifier `from` of `tree`, at any depth, by `to`.
fn rename_idents(tree: &mut Subtree<()>, from: &str, to: &str) {
    for child in &mut tree.token_trees {
        match child {
            TokenTree::Leaf(Leaf::Ident(ident)) if ident.text == from => ident.text = to.into(),
            TokenTree::Subtree(inner) => rename_idents(inner, from, to),
            _ => {}
        }
    }
}

#[test]
fn an_expansion_parsed_without_bodies_and_calls_inputs_has_the_summary_of_its_whole_parse() {
    // Items with bodies, calls in item and associated-item position whose inputs cannot be taken
    // from their groups as they are (`$crate`, a negative literal: they are lexed again from
    // the folded text), and calls whose inputs can.
    let text = "fn f() -> u8 { let x = { 1 }; m! { x } } \
                impl S { fn g(&self) {} inner! { DOLLAR_CRATE :: x -1 } } \
                mod m { fn h() {} outer! { DOLLAR_CRATE [(a b) {c}] } } \
                plain!(a, b); braced! { fn i() {} }";
    let parse = sem_syntax::parse_fragment(text, Edition::Edition2021, TopEntryPoint::MacroItems);
    let mut tokens = sem_syntax::token_tree::syntax_to_token_tree(&parse.syntax_node(), MACRO_INPUT, |_| ());
    rename_idents(&mut tokens, "DOLLAR_CRATE", "$crate");
    assert!(tokens.to_text().contains("$crate"));

    let expansion = summarize_expansion(&tokens, "test!", Edition::Edition2021);
    let whole = summarize_macro_items(
        &token_tree_to_syntax(&tokens, TopEntryPoint::MacroItems, Edition::Edition2021).0.syntax_node(),
        Edition::Edition2021,
    );
    assert_eq!(expansion.error, None);
    let items = expansion.items.expect("the expansion is summarized");
    assert_eq!(*items, whole);
    // The calls are all there, with their inputs.
    let dump = items.dump();
    for call in ["inner", "outer", "plain", "braced"] {
        assert!(dump.contains(call), "{call} in {dump}");
    }
    assert!(dump.contains("$crate"), "{dump}");
}
