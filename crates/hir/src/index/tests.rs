//! The index of an owner's nodes and the definitions inside it, as snapshots; what re-runs
//! after an edit inside one body.

use expect_test::{Expect, expect};
use sem_db::{RootDatabase, fixture::database_from_fixture};

use crate::{
    crate_owners,
    definitions::{CrateDefinition, all_definitions, definitions},
    index::{HirId, OwnerParent, dump_index, hir_owner, hir_owner_parent, index_hir, item_hir},
};

/// The index of every owner of the fixture's first crate that has a body, then the definitions
/// inside each owner.
fn check(fixture: &str, expect: Expect) {
    let (db, krate) = database_from_fixture(fixture);
    let mut out = String::new();
    for &owner in crate_owners(&db, krate) {
        let index = dump_index(&db, owner);
        if index.lines().count() > 1 {
            out.push_str(&format!("{}\n", owner.path(&db)));
            out.push_str(&index);
        }
        for (local, def) in definitions(&db, owner).unwrap().defs.iter() {
            let parent = def.parent.map(|it| format!(" in #{}", it.into_raw().into_u32())).unwrap_or_default();
            let node = def.node.map(|it| format!(" at node {}", it.into_raw().into_u32())).unwrap_or_default();
            out.push_str(&format!(
                "def #{} of {}: {:?}{parent}{node}\n",
                local.into_raw().into_u32(),
                owner.path(&db),
                def.kind
            ));
        }
    }
    expect.assert_eq(&out);
}

#[test]
fn every_node_has_a_dense_id_in_pre_order_and_its_parent() {
    check(
        r#"
//- /lib.rs crate:a
fn f<'a, T, const N: usize>(x: u8) -> impl Sized {
    let y = x;
    match y { 0 => 'l: loop { break 'l; }, n => [n; 2] };
    let c = |z| async move { const { 1 } };
    struct Inner;
}
"#,
        expect![[r#"
            crate::f
            0 owner
            1 pat Bind <- 0
            2 binding x <- 1
            3 expr Block <- 0
            4 stmt #0 <- 3
            5 pat Bind <- 4
            6 binding y <- 5
            7 expr Path <- 4
            8 stmt #1 <- 3
            9 expr Match <- 8
            10 expr Path <- 9
            11 arm #0 <- 9
            12 pat Literal <- 11
            13 expr Loop <- 11
            14 label 'l <- 13
            15 expr Block <- 13
            16 stmt #0 <- 15
            17 expr Break <- 16
            18 arm #1 <- 9
            19 pat Bind <- 18
            20 binding n <- 19
            21 expr Repeat <- 18
            22 expr Path <- 21
            23 expr Literal <- 21
            24 stmt #2 <- 3
            25 pat Bind <- 24
            26 binding c <- 25
            27 expr Closure <- 24
            28 pat Bind <- 27
            29 binding z <- 28
            30 expr Block <- 27
            31 expr Block <- 30
            32 expr Literal <- 31
            33 stmt #3 <- 3
            def #0 of crate::f: GenericParam { index: 0, name: "'a", kind: Lifetime }
            def #1 of crate::f: GenericParam { index: 1, name: "T", kind: Type }
            def #2 of crate::f: GenericParam { index: 2, name: "N", kind: Const }
            def #3 of crate::f: ImplTrait
            def #4 of crate::f: AnonConst at node 23
            def #5 of crate::f: Closure at node 27
            def #6 of crate::f: Coroutine in #5 at node 30
            def #7 of crate::f: AnonConst in #6 at node 31
            def #8 of crate::f: BlockItem { kind: Struct, name: Some("Inner") } at node 33
        "#]],
    );
}

#[test]
fn typing_inside_one_body_reindexes_that_owner_alone_and_keeps_other_owners_ids() {
    let fixture = r#"
//- /lib.rs crate:a
pub struct S;
impl S { pub fn first(&self) -> u8 { 1 + 2 } }
pub fn second() -> u8 { let x = 3; x }
"#;
    let mut logged = crate::tests::Logged::new(fixture);
    let krate = logged.krate;
    let (first, second) = (logged.owner("first"), logged.owner("second"));
    let impl_ = logged.owner("{impl}");
    let read_all = |db: &RootDatabase| {
        for &owner in crate_owners(db, krate) {
            item_hir(db, owner);
            index_hir(db, owner);
            hir_owner(db, owner);
        }
        all_definitions(db, krate).len()
    };
    let db = &logged.db;
    let definitions_before = read_all(db);
    let second_before = index_hir(db, second).unwrap();
    assert_eq!(
        hir_owner_parent(db, first),
        Some(OwnerParent::Node(HirId { owner: impl_, local_id: super::owner_local_id() }))
    );
    assert!(matches!(hir_owner_parent(db, second), Some(OwnerParent::Module(_))));
    assert!(matches!(all_definitions(db, krate)[0], CrateDefinition::Owner(_)));
    logged.log.take();

    // Typing inside `first`: its body, item HIR and index are made again; `second`'s are not,
    // and its ids are the same; no owner node is made again (signatures are equal), and the
    // crate's definitions, equal, are walked again but spare their readers.
    logged.edit(
        "pub struct S;\nimpl S { pub fn first(&self) -> u8 { 1 + 2 * 4 } }\npub fn second() -> u8 { let x = 3; x }\n",
    );
    assert_eq!(read_all(&logged.db), definitions_before);
    assert_eq!(index_hir(&logged.db, second).unwrap(), second_before);
    expect![[r#"
        lower_file ×1
        item_summary ×1
        item_positions ×1
        item_green_node ×4
        parse ×1
        tokens ×1
        item_signature_with_source_map ×2
        item_signature ×2
        body_with_source_map ×2
        body ×2
        item_hir ×1
        index_hir ×1
        definitions ×1
    "#]]
    .assert_eq(&logged.log.take_summary());
}

#[test]
fn asking_for_one_owner_s_hir_lowers_no_other_body() {
    let logged = crate::tests::Logged::new(
        r#"
//- /lib.rs crate:a
pub fn first() -> u8 { 1 + 2 }
pub fn second() -> u8 { let x = 3; x }
pub struct S { a: u8 = 4 }
"#,
    );
    let first = logged.owner("first");
    logged.log.take();
    index_hir(&logged.db, first);
    item_hir(&logged.db, first);
    // One body and one signature lowered, one item's tree cut: `first`'s alone.
    expect![[r#"
        index_hir ×1
        body ×1
        body_with_source_map ×1
        item_ast ×1
        find_expansion ×2
        definition_index ×1
        item_green_node ×1
        item_positions ×1
        parse ×1
        tokens ×1
        item_hir ×1
        item_signature ×1
        item_signature_with_source_map ×1
    "#]]
    .assert_eq(&logged.log.take_summary());
}

#[test]
fn definitions_add_those_of_the_expansions_to_those_of_the_item_s_syntax() {
    let (db, krate) = database_from_fixture(
        r#"
//- /lib.rs crate:a
macro_rules! with_closure { ($e:expr) => { (|| 1)() + $e } }
fn f() -> u8 { let g = || 3; with_closure!((|| 2)()) + g() }
"#,
    );
    let owner = crate_owners(&db, krate)[1];
    let kinds = |defs: std::sync::Arc<crate::definitions::OwnerDefinitions>| {
        defs.defs.iter().map(|(_, def)| format!("{:?}", def.kind)).collect::<Vec<_>>().join(", ")
    };
    let ast = kinds(crate::definitions::ast_definitions(&db, owner).unwrap());
    let all = kinds(definitions(&db, owner).unwrap());
    expect![[r#"
        ast: Closure
        all: Closure, Closure, Closure
    "#]]
    .assert_eq(&format!("ast: {ast}\nall: {all}\n"));
}
