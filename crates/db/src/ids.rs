//! The indices of the database's results, one newtype per meaning, so that a definition's index
//! cannot be passed where an item's or a module's is expected. Each wraps a `u32` (results hold
//! millions of them) and is made from and read as a `usize` position; "none" is `Option`, never a
//! sentinel value.

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident, $limit:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub struct $name(u32);

        impl $name {
            /// The index of position `index`.
            ///
            /// # Panics
            /// When `index` does not fit in 32 bits, which the bound in the panic's message
            /// rules out.
            pub fn new(index: usize) -> $name {
                $name(u32::try_from(index).expect(concat!("in range: ", $limit)))
            }

            /// The position it stands for.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

index_type!(
    /// A module of a crate's tree, by its place in [`crate::nameres::ModuleTree::modules`] (each module
    /// comes after its parent); the root is [`ModuleIndex::ROOT`]. `ModuleTree::modules` and a
    /// def map's scopes are indexed by it directly.
    ModuleIndex,
    "MAX_MODULES"
);

impl ModuleIndex {
    /// The crate root.
    pub const ROOT: ModuleIndex = ModuleIndex(0);
}

index_type!(
    /// A definition of one fragment, by its place in [`crate::expand::Fragment::definitions`] (the
    /// pre-order of the fragment's definitions); `Fragment::definitions` is indexed by it.
    DefIndex,
    "the size of a file (a definition takes at least one byte of text)"
);

index_type!(
    /// An item of one fragment, by its place in the pre-order of the fragment's item summary
    /// ([`crate::syntax::ItemSummary`]: every item before the items it holds), which is where its
    /// attributes and, through `item_positions`, its text are.
    ItemIndex,
    "the size of a file (an item takes at least one byte of text)"
);

index_type!(
    /// An expansion point of one fragment, by its place in
    /// [`crate::expand::Fragment::expansion_points`]: the key of the child [`crate::expand::ExpnId`].
    ExpansionPointIndex,
    "the size of a file (an expansion point takes at least one byte of text)"
);

index_type!(
    /// An import of a crate (a `use` leaf or an `extern crate`), by its place in
    /// [`crate::nameres::CrateDefMap::imports`].
    ImportIndex,
    "the size of a crate's files (an import takes at least one byte of text)"
);

index_type!(
    /// A macro call inside an item (in a body, a signature, a pattern or a type), by its place in
    /// the pre-order of [`crate::expand::inner_macro_calls`] over the item's syntax: the key of the
    /// [`crate::expand::ExpnId`] of the call's expansion.
    InnerCallIndex,
    "the size of a file (a macro call takes at least one byte of text)"
);

index_type!(
    /// A `macro_rules!` inside an item (in a block of a body), by its place in the pre-order of
    /// [`crate::expand::local_macro_rules`] over the item's syntax.
    LocalMacroIndex,
    "the size of a file (a definition takes at least one byte of text)"
);
