//! Crate meta files: what is written, and that every dependent resolves through a dependency's
//! meta file exactly as through its source.

use expect_test::{Expect, expect};
use rustc_hash::FxHashMap;
use sem_sources::{CrateId, CrateMeta, CrateMetaError, ProcMacro, ProcMacroKind, Sources, TokenStream};

use super::{dump_resolutions, write_crate_meta};
use crate::{
    Db, RootDatabase,
    expand::DefKind,
    fixture::sources_from_fixture,
    nameres::{DefPathHash, ImportStatus, crate_def_map, crate_module_tree, module_definitions},
};

fn crate_named(sources: &Sources, name: &str) -> CrateId {
    sources.crate_graph().iter().find(|(_, data)| data.display_name == name).unwrap().0
}

/// Everything that a crate's dependents could see differently: its def map with every
/// resolution and import status, its module tree and its macro diagnostics.
fn observed(db: &RootDatabase, id: CrateId) -> String {
    let krate = db.workspace().krate(db, id).unwrap();
    let tree = crate_module_tree(db, krate);
    let mut out = dump_resolutions(db, krate);
    out.push_str(&tree.dump(db));
    for diagnostic in &tree.macro_diagnostics {
        out.push_str(&format!("macro error: {}\n", diagnostic.message()));
    }
    out
}

/// The `DefPath` and `DefPathHash` of every module and definition (but imports) of a crate's
/// module tree.
fn def_path_hashes(db: &RootDatabase, id: CrateId) -> FxHashMap<String, DefPathHash> {
    let krate = db.workspace().krate(db, id).unwrap();
    let name = krate.data(db).display_name.clone();
    let tree = crate_module_tree(db, krate);
    let mut hashes = FxHashMap::default();
    for (index, module) in tree.modules.iter().enumerate() {
        hashes.insert(module.def_path.to_string(), module.def_path.hash_in(&name));
        for (kind, path) in module_definitions(db, tree, crate::ids::ModuleIndex::new(index)) {
            // Imports are written anew, not copied.
            if matches!(kind, DefKind::Use | DefKind::ExternCrate) {
                continue;
            }
            hashes.insert(path.to_string(), path.hash_in(&name));
        }
    }
    hashes
}

/// Writes the meta files of the crates `replaced` of `sources` (each from the sources' own
/// analysis), loads them in place of those crates, and checks that every other crate sees
/// exactly what it saw through the sources; that every `pub use` of a meta file resolves; and
/// that every definition of a meta file has the `DefPath` and `DefPathHash` of the source's.
/// Returns the meta files.
fn replace_and_compare(sources: &Sources, replaced: &[&str]) -> String {
    let db = RootDatabase::from_sources(sources);
    let mut with_metas = sources.clone();
    let mut texts = String::new();
    for name in replaced {
        let id = crate_named(sources, name);
        let text = write_crate_meta(&db, db.workspace().krate(&db, id).unwrap());
        texts.push_str(&text);
        let meta = CrateMeta::parse(text).expect("a meta file that sem wrote reads back");
        with_metas = with_metas.add_crate_meta(id, &meta).unwrap();
    }
    let db_with_metas = RootDatabase::from_sources(&with_metas);
    for (id, data) in sources.crate_graph().iter() {
        if replaced.contains(&data.display_name.as_str()) {
            let meta = db_with_metas.workspace().krate(&db_with_metas, id).unwrap();
            let unresolved: Vec<String> = (crate_def_map(&db_with_metas, meta).imports.iter())
                .filter_map(|import| match &import.status {
                    ImportStatus::Unresolved(reason) => Some(reason.to_string()),
                    ImportStatus::Resolved => None,
                })
                .collect();
            assert!(unresolved.is_empty(), "imports of the meta of `{}` unresolved: {unresolved:?}", data.display_name);
            let source_hashes = def_path_hashes(&db, id);
            for (path, hash) in def_path_hashes(&db_with_metas, id) {
                assert_eq!(source_hashes.get(&path), Some(&hash), "`{path}` of `{}`", data.display_name);
            }
            continue;
        }
        let through_source = observed(&db, id);
        let through_meta = observed(&db_with_metas, id);
        if through_source != through_meta {
            panic!(
                "`{}` resolves differently through the meta files\n--- source\n{through_source}\n--- meta\n{through_meta}\n--- metas\n{texts}",
                data.display_name
            );
        }
    }
    texts
}

/// [`replace_and_compare`] on a fixture, with the meta files as the snapshot.
fn check(fixture: &str, replaced: &[&str], expect: Expect) {
    expect.assert_eq(&replace_and_compare(&sources_from_fixture(fixture), replaced));
}

#[test]
fn items_of_every_kind_in_public_modules_with_enum_variants() {
    check(
        r#"
//- /user/lib.rs crate:user deps:dep
use dep::{Unit, Union, Enum, Trait, Alias, CONST, STATIC, function};
use dep::Enum::{First, Second};
use dep::Enum::*;
use dep::outer::inner::{Deep, deep_fn};
use dep::outer::*;
use dep::{ffi_function, FFI_STATIC};
use dep::private_fn;
use dep::Enum::Disabled;
use dep::hidden::Anything;
pub struct Local;
//- /dep/lib.rs crate:dep deps:base
pub struct Unit;
pub union Union { a: u8 }
pub enum Enum { First, Second(u8), Third { x: u8 }, #[cfg(any())] Disabled }
pub trait Trait { fn method(&self); type Assoc; }
pub type Alias = u8;
pub const CONST: u8 = 1;
pub static STATIC: u8 = 2;
pub fn function() -> u8 { 3 }
pub trait TraitAlias = Trait;
fn private_fn() {}
pub(crate) struct CrateOnly;
mod hidden { pub struct Anything; }
pub mod outer {
    pub mod inner {
        pub struct Deep;
        pub fn deep_fn() {}
        struct NotDeep;
    }
    pub(super) fn semi() {}
    pub struct Outer;
}
extern "C" {
    pub fn ffi_function();
    pub static FFI_STATIC: u8;
    fn ffi_private();
}
impl Unit { pub fn new() -> Unit { Unit } }
pub const _: () = ();
//- /base/lib.rs crate:base
"#,
        &["dep"],
        expect![[r#"
            //! sem-crate-meta 1
            //! crate: dep edition: 2021 kind: lib
            pub struct Unit;
            pub union Union {}
            pub enum Enum { First, Second, Third }
            pub trait Trait {}
            pub type Alias = ();
            pub const CONST: () = ();
            pub static STATIC: () = ();
            pub fn function() {}
            pub trait TraitAlias = ;
            extern "C" {
                pub fn ffi_function();
                pub static FFI_STATIC: ();
            }
            pub mod outer {
                pub struct Outer;
                pub mod inner {
                    pub struct Deep;
                    pub fn deep_fn() {}
                }
            }
        "#]],
    );
}

#[test]
fn re_export_chains_globs_renames_and_modules_behind_private_ones() {
    check(
        r#"
//- /user/lib.rs crate:user deps:dep
use dep::{Api, Renamed, Deep, Variant, deep_fn, reached};
use dep::api::Thing;
use dep::api::nested::Nested;
use dep::chain::End;
use dep::everything::*;
use dep::Other;
use dep::private::Thing as NotVisible;
use dep::{self as itself, root_again::Api as Again};
use dep::from_self::Api as FromSelf;
use dep::no_longer_crate_only;
use dep::imp::Hidden;
//- /dep/lib.rs crate:dep
mod private {
    pub struct Thing;
    pub mod nested { pub struct Nested; }
    pub mod deeper {
        pub struct Deep;
        pub fn deep_fn() {}
        pub enum Choice { Variant, Other }
    }
}
mod imp {
    pub struct Api;
    pub(crate) struct Hidden;
    pub(crate) fn crate_only() {}
}
pub use imp::Api;
pub use imp::crate_only as no_longer_crate_only;
pub use imp::Api as Renamed;
pub use private as api;
pub use private::deeper::*;
pub use private::deeper::Choice::Variant;
pub use self::private::deeper::Choice::*;
pub mod chain {
    pub use super::link::End;
}
mod link {
    pub use crate::end::End;
}
mod end { pub struct End; }
pub mod everything {
    pub use crate::chain::*;
    pub use crate::private::*;
    pub fn reached() {}
}
pub use everything::reached;
pub extern crate self as root_again;
pub mod from_self { pub use crate::*; }
"#,
        &["dep"],
        expect![[r#"
            //! sem-crate-meta 1
            //! crate: dep edition: 2021 kind: lib
            pub use crate::imp::Api;
            pub use crate::private::deeper::Choice;
            pub use crate::private::deeper::Deep;
            pub use crate::private::deeper::Choice::Other;
            pub use crate::imp::Api as Renamed;
            pub use crate::private::deeper::Choice::Variant;
            pub use crate::private as api;
            pub use crate::private::deeper::deep_fn;
            pub use crate::imp::crate_only as no_longer_crate_only;
            pub use crate::everything::reached;
            pub extern crate self as root_again;
            pub(crate) mod private {
                pub struct Thing;
                pub mod nested {
                    pub struct Nested;
                }
                pub mod deeper {
                    pub struct Deep;
                    pub fn deep_fn() {}
                    pub enum Choice { Variant, Other }
                }
            }
            pub(crate) mod imp {
                pub struct Api;
                pub(crate) fn crate_only() {}
            }
            pub mod chain {
                pub use crate::end::End;
            }
            pub(crate) mod link {
                pub use crate::end::End;
            }
            pub(crate) mod end {
                pub struct End;
            }
            pub mod everything {
                pub fn reached() {}
                pub use crate::end::End;
                pub use crate::private::Thing;
                pub use crate::private::deeper;
                pub use crate::private::nested;
            }
            pub mod from_self {
                pub use crate::imp::Api;
                pub use crate::private::deeper::Choice;
                pub use crate::private::deeper::Deep;
                pub use crate::private::deeper::Choice::Other;
                pub use crate::imp::Api as Renamed;
                pub use crate::private::deeper::Choice::Variant;
                pub use crate::private as api;
                pub use crate::chain;
                pub use crate::private::deeper::deep_fn;
                pub use crate::end;
                pub use crate::everything;
                pub use crate::from_self;
                pub use crate::imp;
                pub use crate::link;
                pub use crate::imp::crate_only as no_longer_crate_only;
                pub use crate::private;
                pub use crate::everything::reached;
                pub extern crate self as root_again;
            }
        "#]],
    );
}

#[test]
fn re_exports_of_dependencies_go_through_their_public_paths_and_sysroot_names_through_an_alias() {
    // `alloc` is only reached through `extern crate`, so the meta file names it through a
    // private alias; the 2015 crate does so for every dependency.
    check(
        r#"
//- /user/lib.rs crate:user deps:dep,old
use dep::{Thing, Inner, Vec, base, renamed_base, Variant, Mac};
use dep::base::inner::Inner as ThroughCrate;
use dep::glob_of_base::*;
use old::{Thing as OldThing, base as old_base, Kind};
//- /dep/lib.rs crate:dep deps:base,alloc,pm
#![no_std]
extern crate alloc;
pub use base::Thing;
pub use base::inner::Inner;
pub use alloc::vec::Vec;
pub use base::Kind::Variant;
pub use pm::Mac;
pub extern crate base;
pub use base as renamed_base;
pub mod glob_of_base { pub use base::inner::*; }
//- /old/lib.rs crate:old deps:base edition:2015
extern crate base;
pub use base::Thing;
pub use base::Kind;
pub use base::*;
//- /base/lib.rs crate:base
pub struct Thing;
pub enum Kind { Variant }
pub mod inner { pub struct Inner; pub fn inner_fn() {} }
//- /alloc/lib.rs crate:alloc
pub mod vec { pub struct Vec; }
//- /pm/lib.rs crate:pm proc_macro:true
#[proc_macro_derive(Mac)]
pub fn mac(input: TokenStream) -> TokenStream { input }
"#,
        &["dep", "old"],
        expect![[r#"
            //! sem-crate-meta 1
            //! crate: dep edition: 2021 kind: lib
            #![no_std]
            extern crate alloc as __sem_extern_alloc;
            pub use ::base::inner::Inner;
            pub use ::pm::Mac;
            pub use ::base::Thing;
            pub use ::base::Kind::Variant;
            pub use crate::__sem_extern_alloc::vec::Vec;
            pub extern crate base;
            pub extern crate base as renamed_base;
            pub mod glob_of_base {
                pub use ::base::inner::Inner;
                pub use ::base::inner::inner_fn;
            }
            //! sem-crate-meta 1
            //! crate: old edition: 2015 kind: lib
            extern crate base as __sem_extern_base;
            pub use crate::__sem_extern_base::Kind;
            pub use crate::__sem_extern_base::Thing;
            pub use crate::__sem_extern_base::inner;
        "#]],
    );
}

#[test]
fn exported_macros_by_path_by_use_by_macro_use_and_through_dollar_crate() {
    check(
        r#"
//- /user/lib.rs crate:user deps:dep
#[macro_use]
extern crate dep;
use dep::make_fn;
dep::make_struct!(ByPath);
make_fn!(by_use);
from_macro_use!();
dep::calls_inner!();
dep::two!(ByMacro2);
use dep::deep_macro;
deep_macro!();
dep::not_exported!();
//- /dep/lib.rs crate:dep
#[macro_export]
macro_rules! make_struct { ($name:ident) => { pub struct $name; }; }
#[macro_export]
macro_rules! make_fn ( ($name:ident) => { pub fn $name() {} } );
#[macro_export]
macro_rules! from_macro_use { () => { pub struct FromMacroUse; } }
#[macro_export]
macro_rules! calls_inner { () => { $crate::make_struct!(ThroughDollarCrate); } }
macro_rules! not_exported { () => { pub struct NotExported; } }
pub macro two($name:ident) { pub struct $name; }
mod private {
    #[macro_export]
    macro_rules! deep_macro { () => { pub struct FromDeep<'a>(&'a u8); } }
}
"#,
        &["dep"],
        expect![[r#"
            //! sem-crate-meta 1
            //! crate: dep edition: 2021 kind: lib
            #[macro_export]
            macro_rules! make_struct {($ name : ident) => {pub struct $ name ;} ;}
            #[macro_export]
            macro_rules! make_fn (($ name : ident) => {pub fn $ name () {}});
            #[macro_export]
            macro_rules! from_macro_use {() => {pub struct FromMacroUse ;}}
            #[macro_export]
            macro_rules! calls_inner {() => {$ crate :: make_struct ! (ThroughDollarCrate) ;}}
            pub macro two($ name : ident) {pub struct $ name ;}
            pub(crate) mod private {
                #[macro_export]
                macro_rules! deep_macro {() => {pub struct FromDeep < 'a > (& 'a u8) ;}}
            }
        "#]],
    );
}

#[test]
fn macro_rules_made_public_by_use_the_2018_way() {
    check(
        r#"
//- /user/lib.rs crate:user deps:dep
use dep::log::trace;
use dep::{at_root, renamed_trace};
use dep::log::internal;
dep::at_root!();
use dep::at_root as again;
again!();
//- /dep/lib.rs crate:dep
pub mod log {
    macro_rules! trace { () => { pub struct Traced; } }
    pub use trace;
    macro_rules! internal { () => { pub struct Internal; } }
    pub(crate) use internal;
}
macro_rules! at_root { () => { pub struct AtRoot; } }
pub use at_root;
pub use log::trace as renamed_trace;
"#,
        &["dep"],
        expect![[r#"
            //! sem-crate-meta 1
            //! crate: dep edition: 2021 kind: lib
            macro_rules! at_root {() => {pub struct AtRoot ;}}
            pub use self::at_root;
            pub use crate::log::trace as renamed_trace;
            pub mod log {
                macro_rules! trace {() => {pub struct Traced ;}}
                pub use self::trace;
            }
        "#]],
    );
}

#[test]
fn procedural_macros_are_stubs_with_their_attributes_and_expand_through_the_registered_closures() {
    let sources = sources_from_fixture(
        r#"
//- /user/lib.rs crate:user deps:pm
pm::make_items!(pub fn generated() {});
use pm::{Derived, attribute};
//- /pm/lib.rs crate:pm proc_macro:true
use proc_macro::TokenStream;
#[proc_macro]
pub fn make_items(input: TokenStream) -> TokenStream { input }
#[proc_macro_derive(Derived, attributes(helper))]
pub fn derive_it(input: TokenStream) -> TokenStream { input }
#[proc_macro_attribute]
pub fn attribute(_: TokenStream, input: TokenStream) -> TokenStream { input }
fn helper() {}
"#,
    );
    let pm = crate_named(&sources, "pm");
    let identity = |input: &TokenStream, _: Option<&TokenStream>| -> Result<TokenStream, String> { Ok(input.clone()) };
    let sources = sources.add_proc_macro(pm, ProcMacro::new("make_items", ProcMacroKind::FunctionLike, identity));
    expect![[r#"
        //! sem-crate-meta 1
        //! crate: pm edition: 2021 kind: proc-macro
        #[proc_macro]
        pub fn make_items() {}
        #[proc_macro_derive(Derived , attributes (helper))]
        pub fn derive_it() {}
        #[proc_macro_attribute]
        pub fn attribute() {}
    "#]]
    .assert_eq(&replace_and_compare(&sources, &["pm"]));
}

#[test]
fn keywords_become_raw_identifiers_in_the_meta_files_edition() {
    check(
        r#"
//- /user/lib.rs crate:user deps:dep
use dep::r#async::r#try;
use dep::{r#dyn, r#gen};
//- /dep/lib.rs crate:dep edition:2024
pub mod r#async { pub fn r#try() {} }
pub struct r#dyn;
pub use r#async::r#try as r#gen;
"#,
        &["dep"],
        expect![[r#"
            //! sem-crate-meta 1
            //! crate: dep edition: 2024 kind: lib
            pub struct r#dyn;
            pub use crate::r#async::r#try as r#gen;
            pub mod r#async {
                pub fn r#try() {}
            }
        "#]],
    );
}

#[test]
fn a_crate_without_a_root_file_gives_the_header_alone() {
    let sources = sources_from_fixture("//- /other.rs\n//- /user/lib.rs crate:user\n");
    let graph = sources.crate_graph().clone();
    let user = crate_named(&sources, "user");
    let mut data = graph[user].clone();
    data.root_file.path = sem_sources::RelativePath::new("missing.rs").unwrap();
    let mut graph = sem_sources::CrateGraph::new();
    graph.add_crate(data);
    let db = RootDatabase::from_sources(&sources.with_crate_graph(graph));
    let krate = db.workspace().crates(&db)[0];
    expect![[r#"
        //! sem-crate-meta 1
        //! crate: user edition: 2021 kind: lib
    "#]]
    .assert_eq(&write_crate_meta(&db, krate));
}

#[test]
fn a_meta_file_of_another_version_or_crate_is_refused() {
    let sources = sources_from_fixture("//- /dep/lib.rs crate:dep\npub struct S;\n//- /other/lib.rs crate:other\n");
    let db = RootDatabase::from_sources(&sources);
    let text = write_crate_meta(&db, db.workspace().krate(&db, crate_named(&sources, "dep")).unwrap());
    let newer = text.replacen("sem-crate-meta 1", "sem-crate-meta 2", 1);
    assert_eq!(CrateMeta::parse(newer).unwrap_err(), CrateMetaError::UnsupportedVersion { found: "2".to_owned() });
    let meta = CrateMeta::parse(text).unwrap();
    let error = sources.add_crate_meta(crate_named(&sources, "other"), &meta).unwrap_err();
    assert!(matches!(error, CrateMetaError::WrongCrate { .. }), "{error:?}");
}
