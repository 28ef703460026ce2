//! A set of token kinds, as a bit set: the parser asks "is the current token one of these?"
//! often enough that it must be one instruction.

use crate::SyntaxKind;

/// A set of token kinds. Only token kinds (whose discriminants are below 256) can be members.
#[derive(Clone, Copy)]
pub(crate) struct TokenSet([u128; 2]);

impl TokenSet {
    pub(crate) const EMPTY: TokenSet = TokenSet([0; 2]);

    pub(crate) const fn new(kinds: &[SyntaxKind]) -> TokenSet {
        let mut bits = [0u128; 2];
        let mut i = 0;
        while i < kinds.len() {
            let raw = kinds[i] as usize;
            assert!(raw < 256, "only token kinds can be in a TokenSet");
            bits[raw / 128] |= 1u128 << (raw % 128);
            i += 1;
        }
        TokenSet(bits)
    }

    pub(crate) const fn union(self, other: TokenSet) -> TokenSet {
        TokenSet([self.0[0] | other.0[0], self.0[1] | other.0[1]])
    }

    pub(crate) const fn contains(&self, kind: SyntaxKind) -> bool {
        let raw = kind as usize;
        raw < 256 && self.0[raw / 128] & (1u128 << (raw % 128)) != 0
    }
}

#[test]
fn token_set_holds_its_members_only() {
    let set = TokenSet::new(&[SyntaxKind::EOF, SyntaxKind::SEMICOLON, SyntaxKind::YEET_KW]);
    assert!(set.contains(SyntaxKind::EOF));
    assert!(set.contains(SyntaxKind::SEMICOLON));
    assert!(set.contains(SyntaxKind::YEET_KW));
    assert!(!set.contains(SyntaxKind::COMMA));
    assert!(!set.contains(SyntaxKind::SOURCE_FILE));
    assert!((SyntaxKind::YEET_KW as usize) < 256, "token kinds must stay below 256");
}
