//! Metavariable expressions: `${count}`, `${index}`, `${len}`, `${ignore}`, and `$$`.

use expect_test::expect;

use super::check;

#[test]
fn count_index_len_and_ignore_as_in_rustc() {
    // rustc's `count-and-length-are-distinct` test.
    let def = "macro_rules! m {
        ( $( [ $( $l:literal ),* ] ),* ) => {
            [ $( $( ${ignore($l)} ${index()}, ${len()}, )* ${count($l)}, ${index()}, ${len()}, )* ${count($l)}, ]
        };
    }";
    check(def, r#"m!(["foo"], ["bar", "baz"])"#, expect!["[0 , 1 , 1 , 0 , 2 , 0 , 2 , 1 , 2 , 2 , 1 , 2 , 3 ,]"]);
}

#[test]
fn count_with_depth() {
    let def = "macro_rules! m {
        ( $( [ $( $x:ident )* ] )* ) => { total ${count($x)} outer ${count($x, 1)} $( inner ${count($x)} )* };
    }";
    check(def, "m!([a b] [] [c d e])", expect!["total 5 outer 3 inner 2 inner 0 inner 3"]);
}

#[test]
fn count_without_dollar_is_accepted_too() {
    check("macro_rules! m { ($($x:ident)*) => { ${count(x)} ${ignore(x)} } }", "m!(a b c)", expect!["3"]);
}

#[test]
fn index_and_len_with_depth() {
    let def = "macro_rules! m { ( $( ( $( $x:ident )* ) )* ) => { $( $( ${index(1)}.${index()}/${len(1)}.${len()} ${ignore($x)} )* )* } }";
    check(def, "m!((a b) (c))", expect!["0 . 0 / 2 . 2 0 . 1 / 2 . 2 1 . 0 / 2 . 1"]);
}

#[test]
fn ignore_drives_a_repetition_without_output() {
    check("macro_rules! m { ($($x:ident)*) => { $( ${ignore($x)} _ )* } }", "m!(a b c)", expect!["_ _ _"]);
}

#[test]
fn dollar_dollar() {
    check(
        "macro_rules! m { ($name:ident) => { macro_rules! $name { ($$x:expr) => { $$x } } } }",
        "m!(inner)",
        expect!["macro_rules ! inner {($ x : expr) => {$ x}}"],
    );
}

#[test]
fn metavar_expression_errors() {
    check(
        "macro_rules! m { () => { ${index()} } }",
        "m!()",
        expect![
            "error (Transcription): meta-variable expression `index` with depth parameter must be called inside of a macro repetition"
        ],
    );
    check(
        "macro_rules! m { ($($x:ident)*) => { $( ${index(1)} ${ignore($x)} )* } }",
        "m!(a)",
        expect!["error (Transcription): depth parameter of meta-variable expression `index` must be less than 1"],
    );
    check(
        "macro_rules! m { ($($x:ident)*) => { ${count($x, 1)} } }",
        "m!(a)",
        expect!["error (Transcription): depth parameter of meta-variable expression `count` must be less than 1"],
    );
    check(
        "macro_rules! m { ($($x:ident)*) => { $( ${count($x)} )* } }",
        "m!(a)",
        expect!["error (Transcription): `count` can not be placed inside the innermost repetition"],
    );
    check(
        "macro_rules! m { () => { ${count($y)} } }",
        "m!()",
        expect!["error (Transcription): variable `y` is not recognized in meta-variable expression"],
    );
}

#[test]
fn concat_makes_one_identifier_from_identifiers_literals_and_variables() {
    // core's `impl_Display!` names helpers with `${concat(...)}`.
    check(
        "macro_rules! m { ($name:ident) => { fn ${concat(get_, $name, _v, 2)}() {} } }",
        "m!(field)",
        expect!["fn get_field_v2 () {}"],
    );
    check(
        "macro_rules! m { ($($n:ident)*) => { $(const ${concat($n, \"_MAX\")}: u8 = 0;)* } }",
        "m!(a b)",
        expect!["const a_MAX : u8 = 0 ; const b_MAX : u8 = 0 ;"],
    );
    check("macro_rules! m { ($l:literal) => { fn ${concat(f, $l)}() {} } }", "m!(\"x\")", expect!["fn fx () {}"]);
    check(
        "macro_rules! m { ($l:literal) => { fn ${concat(f, $l)}() {} } }",
        "m!(1.5)",
        expect!["error (Transcription): `l` is not a string or an integer"],
    );
    check(
        "macro_rules! m { ($l:literal) => { fn ${concat(\"1\", $l)}() {} } }",
        "m!(\"x\")",
        expect!["error (Transcription): `1x` made by `concat` is not an identifier"],
    );
    check(
        "macro_rules! m { () => { ${concat(a)} } }",
        "m!()",
        expect!["definition error: `concat` takes at least two parts"],
    );
}
