//! The values of literals, as `concat!` and its kin read them: escapes decoded, numbers parsed.

use sem_syntax::SyntaxKind;

/// The value of a literal.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum LitValue {
    /// A string literal, raw or not, without suffix.
    Str(String),
    /// A character literal.
    Char(char),
    /// An integer literal: its value, sign and suffix.
    Int { value: u128, negative: bool, suffix: String },
    /// A float literal: its text without suffix and underscores, with its sign (rustc's
    /// `concat!` prints floats as written).
    Float(String),
    /// `true` or `false`.
    Bool(bool),
    /// A byte literal.
    Byte(u8),
    /// A byte string literal, raw or not.
    ByteStr(Vec<u8>),
    /// A C string literal.
    CStr,
}

impl LitValue {
    /// The value with a `-` before it, for numbers.
    pub(super) fn negated(self) -> Option<LitValue> {
        match self {
            LitValue::Int { value, negative, suffix } => Some(LitValue::Int { value, negative: !negative, suffix }),
            LitValue::Float(text) => Some(LitValue::Float(match text.strip_prefix('-') {
                Some(positive) => positive.to_owned(),
                None => format!("-{text}"),
            })),
            _ => None,
        }
    }
}

/// The value of the literal `text` of kind `kind` (positive), or `None` if it is malformed
/// (or has a suffix where none is allowed).
pub(super) fn decode(text: &str, kind: SyntaxKind) -> Option<LitValue> {
    match kind {
        SyntaxKind::STRING | SyntaxKind::RAW_STRING => sem_syntax::ast::string_literal_value(text).map(LitValue::Str),
        SyntaxKind::CHAR => {
            let inner = text.strip_prefix('\'')?.strip_suffix('\'')?;
            match unescape(inner, false)?.as_slice() {
                [value] => char::from_u32(*value).map(LitValue::Char),
                _ => None,
            }
        }
        SyntaxKind::BYTE => {
            let inner = text.strip_prefix("b'")?.strip_suffix('\'')?;
            match unescape(inner, true)?.as_slice() {
                [value] => u8::try_from(*value).ok().map(LitValue::Byte),
                _ => None,
            }
        }
        SyntaxKind::BYTE_STRING => {
            let inner = text.strip_prefix("b\"")?.strip_suffix('"')?;
            let values = unescape(inner, true)?;
            values.into_iter().map(|value| u8::try_from(value).ok()).collect::<Option<Vec<u8>>>().map(LitValue::ByteStr)
        }
        SyntaxKind::RAW_BYTE_STRING => {
            let raw = text.strip_prefix("br")?;
            let hashes = raw.len() - raw.trim_start_matches('#').len();
            let inner = raw[hashes..].strip_prefix('"')?.strip_suffix(&"#".repeat(hashes))?.strip_suffix('"')?;
            inner.is_ascii().then(|| LitValue::ByteStr(inner.as_bytes().to_vec()))
        }
        SyntaxKind::C_STRING | SyntaxKind::RAW_C_STRING => Some(LitValue::CStr),
        SyntaxKind::INT_NUMBER => {
            let (value, suffix) = parse_int(text)?;
            if suffix.starts_with('f') {
                // `1f32` is a float written without a fraction.
                return Some(LitValue::Float(value.to_string()));
            }
            Some(LitValue::Int { value, negative: false, suffix: suffix.to_owned() })
        }
        SyntaxKind::FLOAT_NUMBER => {
            let mut number = text;
            for suffix in ["f16", "f32", "f64", "f128"] {
                if let Some(stripped) = number.strip_suffix(suffix) {
                    number = stripped;
                    break;
                }
            }
            Some(LitValue::Float(number.replace('_', "")))
        }
        _ => None,
    }
}

/// The value and the suffix of an integer literal (`0x1F_u8` is 31 and `u8`).
pub(super) fn parse_int(text: &str) -> Option<(u128, &str)> {
    let (radix, digits) = if let Some(digits) = text.strip_prefix("0x") {
        (16, digits)
    } else if let Some(digits) = text.strip_prefix("0o") {
        (8, digits)
    } else if let Some(digits) = text.strip_prefix("0b") {
        (2, digits)
    } else {
        (10, text)
    };
    let end = digits.find(|c: char| c != '_' && !c.is_digit(radix)).unwrap_or(digits.len());
    let number: String = digits[..end].chars().filter(|c| *c != '_').collect();
    let value = u128::from_str_radix(&number, radix).ok()?;
    Some((value, &digits[end..]))
}

/// The characters (or bytes, with `bytes`) of the inside of a quoted literal, escapes decoded;
/// `None` for an invalid escape (or a non-ASCII character where bytes are wanted).
fn unescape(inner: &str, bytes: bool) -> Option<Vec<u32>> {
    let mut values = Vec::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    while let Some(char) = chars.next() {
        if char != '\\' {
            if bytes && !char.is_ascii() {
                return None;
            }
            values.push(u32::from(char));
            continue;
        }
        let value = match chars.next()? {
            'n' => u32::from('\n'),
            'r' => u32::from('\r'),
            't' => u32::from('\t'),
            '\\' => u32::from('\\'),
            '0' => 0,
            '\'' => u32::from('\''),
            '"' => u32::from('"'),
            'x' => {
                let high = chars.next()?.to_digit(16)?;
                let low = chars.next()?.to_digit(16)?;
                let value = high * 16 + low;
                if !bytes && value > 0x7f {
                    return None;
                }
                value
            }
            'u' if !bytes => {
                if chars.next()? != '{' {
                    return None;
                }
                let mut value = 0u32;
                let mut digits = 0;
                loop {
                    match chars.next()? {
                        '}' => break,
                        '_' => {}
                        digit => {
                            value = value.checked_mul(16)?.checked_add(digit.to_digit(16)?)?;
                            digits += 1;
                        }
                    }
                }
                if digits == 0 || digits > 6 {
                    return None;
                }
                char::from_u32(value)?;
                value
            }
            '\n' | '\r' => {
                // A line continuation: the line break and the whitespace after it are skipped.
                while chars.peek().is_some_and(|c| c.is_ascii_whitespace()) {
                    chars.next();
                }
                continue;
            }
            _ => return None,
        };
        values.push(value);
    }
    Some(values)
}

#[cfg(test)]
mod tests {
    use sem_syntax::SyntaxKind;

    use super::{LitValue, decode};

    #[test]
    fn decodes_literals() {
        assert_eq!(decode(r#""a\n\u{e9}\x41""#, SyntaxKind::STRING), Some(LitValue::Str("a\né\x41".into())));
        assert_eq!(decode(r##"r#"a\n"#"##, SyntaxKind::RAW_STRING), Some(LitValue::Str("a\\n".into())));
        assert_eq!(decode(r"'\''", SyntaxKind::CHAR), Some(LitValue::Char('\'')));
        assert_eq!(decode(r"'\u{1F600}'", SyntaxKind::CHAR), Some(LitValue::Char('😀')));
        assert_eq!(decode(r"b'\xff'", SyntaxKind::BYTE), Some(LitValue::Byte(255)));
        assert_eq!(decode(r#"b"a\x00\xfe""#, SyntaxKind::BYTE_STRING), Some(LitValue::ByteStr(vec![97, 0, 254])));
        assert_eq!(decode(r##"br#"a"b"#"##, SyntaxKind::RAW_BYTE_STRING), Some(LitValue::ByteStr(b"a\"b".to_vec())));
        assert_eq!(
            decode("0x1F_u8", SyntaxKind::INT_NUMBER),
            Some(LitValue::Int { value: 31, negative: false, suffix: "u8".into() })
        );
        assert_eq!(decode("1_000.5e3f64", SyntaxKind::FLOAT_NUMBER), Some(LitValue::Float("1000.5e3".into())));
        assert_eq!(decode(r#""\x80""#, SyntaxKind::STRING), None);
        assert_eq!(decode(r"b'é'", SyntaxKind::BYTE), None);
        assert_eq!(decode(r#""a"suffix"#, SyntaxKind::STRING), None);
        assert_eq!(decode("\"a\\\n    b\"", SyntaxKind::STRING), Some(LitValue::Str("ab".into())));
    }
}
