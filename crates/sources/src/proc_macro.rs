//! Procedural macros as inputs (seed 001): a crate's procedural macros are not derived from its
//! source but registered by the caller as Rust closures over sem's token trees.
//!
//! Compiling and loading a proc-macro crate is the caller's business; sem only calls what it is
//! given. Changing the proc-macro crate's source therefore re-expands nothing until the caller
//! registers the macros again: each registration is a value of its own, equal only to itself,
//! so registering anew is the change that the database sees.

use std::{
    fmt,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
};

use sem_syntax::token_tree::Subtree;
use smol_str::SmolStr;

/// The tokens a procedural macro takes and gives: one group with invisible delimiters, each
/// token with a [`TokenId`].
pub type TokenStream = Subtree<TokenId>;

/// What a procedural macro knows of where a token comes from, as `proc_macro::Span` is to a
/// compiled one. The tokens of its input are numbered in the order they are written (the
/// item's, then the attribute's for an attribute macro), delimiters included. A token of the
/// output that carries an input token's id stands where that token was written, with its
/// hygiene (a derive that copies the type's name); [`TokenId::UNSPECIFIED`] stands for a token
/// the macro made up, which sits at the call (`Span::call_site()`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct TokenId(pub u32);

impl TokenId {
    /// A token made up by the macro.
    pub const UNSPECIFIED: TokenId = TokenId(u32::MAX);
}

/// The three kinds of procedural macro, as the attribute on their function says.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ProcMacroKind {
    /// `#[proc_macro]`: called as `name!(input)`.
    FunctionLike,
    /// `#[proc_macro_derive(Name)]`: given the item, adds items after it.
    Derive,
    /// `#[proc_macro_attribute]`: given the attribute's input and the item, replaces the item.
    Attribute,
}

/// What a procedural macro runs. The first argument is the input (the call's tokens, or the item
/// for a derive or attribute macro); the second the attribute's own tokens, for an attribute
/// macro. An `Err` is reported as the macro's error at the call; a panic is caught and reported
/// the same way.
pub trait ProcMacroExpander: Send + Sync {
    fn expand(&self, input: &TokenStream, attribute: Option<&TokenStream>) -> Result<TokenStream, String>;
}

impl<F> ProcMacroExpander for F
where
    F: Fn(&TokenStream, Option<&TokenStream>) -> Result<TokenStream, String> + Send + Sync,
{
    fn expand(&self, input: &TokenStream, attribute: Option<&TokenStream>) -> Result<TokenStream, String> {
        self(input, attribute)
    }
}

/// One registered procedural macro: its name, its kind and what it runs.
#[derive(Clone)]
pub struct ProcMacro {
    name: SmolStr,
    kind: ProcMacroKind,
    expander: Arc<dyn ProcMacroExpander>,
    /// Unique to this registration, so that a macro registered again compares unequal.
    registration: u64,
}

/// The source of registration numbers.
static REGISTRATIONS: AtomicU64 = AtomicU64::new(0);

impl ProcMacro {
    /// A macro named `name` (the function's name, or a derive's trait name) of `kind`.
    pub fn new(name: impl Into<SmolStr>, kind: ProcMacroKind, expander: impl ProcMacroExpander + 'static) -> ProcMacro {
        ProcMacro {
            name: name.into(),
            kind,
            expander: Arc::new(expander),
            registration: REGISTRATIONS.fetch_add(1, Ordering::Relaxed),
        }
    }

    pub fn name(&self) -> &SmolStr {
        &self.name
    }

    pub fn kind(&self) -> ProcMacroKind {
        self.kind
    }

    /// Runs the macro, catching a panic: a panic becomes an `Err` saying so, never an unwind
    /// into the analysis.
    pub fn expand(&self, input: &TokenStream, attribute: Option<&TokenStream>) -> Result<TokenStream, String> {
        let expander = &self.expander;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| expander.expand(input, attribute))) {
            Ok(result) => result,
            Err(payload) => {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|it| it.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic without a message".to_owned());
                Err(format!("the procedural macro `{}` panicked: {message}", self.name))
            }
        }
    }
}

impl PartialEq for ProcMacro {
    fn eq(&self, other: &ProcMacro) -> bool {
        self.registration == other.registration
    }
}

impl Eq for ProcMacro {}

impl fmt::Debug for ProcMacro {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProcMacro")
            .field("name", &self.name)
            .field("kind", &self.kind)
            .field("registration", &self.registration)
            .finish()
    }
}

/// The procedural macros registered for one crate, in registration order.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ProcMacros(Arc<[ProcMacro]>);

impl ProcMacros {
    /// The macro named `name`, the latest registered when there are several.
    pub fn get(&self, name: &str) -> Option<&ProcMacro> {
        self.0.iter().rev().find(|it| it.name == name)
    }

    pub fn iter(&self) -> impl Iterator<Item = &ProcMacro> {
        self.0.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// These macros with `proc_macro` added (replacing one of the same name).
    pub(crate) fn with(&self, proc_macro: ProcMacro) -> ProcMacros {
        let mut macros: Vec<ProcMacro> = self.0.iter().filter(|it| it.name != proc_macro.name).cloned().collect();
        macros.push(proc_macro);
        ProcMacros(macros.into())
    }
}

#[cfg(test)]
mod tests {
    use sem_syntax::token_tree::{Delimiter, DelimiterKind};

    use super::*;

    fn empty() -> TokenStream {
        Subtree {
            delimiter: Delimiter {
                kind: DelimiterKind::Invisible,
                open: TokenId::UNSPECIFIED,
                close: TokenId::UNSPECIFIED,
            },
            token_trees: Vec::new(),
        }
    }

    #[test]
    fn a_registration_equals_only_itself_and_a_panic_is_an_error() {
        let identity = |input: &TokenStream, _: Option<&TokenStream>| Ok(input.clone());
        let first = ProcMacro::new("m", ProcMacroKind::FunctionLike, identity);
        let again = ProcMacro::new("m", ProcMacroKind::FunctionLike, identity);
        assert_eq!(first, first.clone());
        assert_ne!(first, again);
        assert_eq!(first.expand(&empty(), None), Ok(empty()));

        let panics = ProcMacro::new("boom", ProcMacroKind::FunctionLike, |_: &TokenStream, _: Option<&TokenStream>| {
            panic!("no input wanted")
        });
        assert_eq!(
            panics.expand(&empty(), None),
            Err("the procedural macro `boom` panicked: no input wanted".to_owned())
        );
        let macros = ProcMacros::default().with(first.clone()).with(again.clone());
        assert_eq!(macros.iter().count(), 1);
        assert_eq!(macros.get("m"), Some(&again));
    }
}
