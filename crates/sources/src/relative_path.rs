//! Paths relative to the root of a file tree.

use std::{fmt, str::FromStr};

use smol_str::SmolStr;

/// A normalised path inside a source root: `/`-separated components, none of them empty, `.`
/// or `..`, never absolute and never escaping the root.
///
/// Keeping paths relative (and the root's place on disk elsewhere) is what guarantees that
/// analysis never reads the disk behind the back of [`crate::Sources`].
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RelativePath(SmolStr);

/// Why a string cannot be a [`RelativePath`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelativePathError {
    /// The rejected input.
    pub input: String,
    /// What is wrong with it.
    pub reason: RelativePathErrorKind,
}

/// The ways a string can fail to be a [`RelativePath`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelativePathErrorKind {
    /// The path names the root itself (it is empty or only `.` components).
    Empty,
    /// The path starts with `/` (or a Windows drive or `\\`).
    Absolute,
    /// A `..` component climbs above the root.
    EscapesRoot,
    /// The path contains a NUL character, which no file system allows in a name.
    ContainsNul,
}

impl fmt::Display for RelativePathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = match self.reason {
            RelativePathErrorKind::Empty => "it names the root itself, not a file in it",
            RelativePathErrorKind::Absolute => "it is absolute; paths in a source root are relative",
            RelativePathErrorKind::EscapesRoot => "a `..` component climbs above the root",
            RelativePathErrorKind::ContainsNul => "it contains a NUL character",
        };
        write!(f, "`{}` is not a relative path: {why}", self.input.escape_debug())
    }
}

impl std::error::Error for RelativePathError {}

impl RelativePath {
    /// Normalises `input`: `\` is kept as an ordinary character (it is one on Unix), empty and
    /// `.` components are dropped and `..` removes the component before it.
    pub fn new(input: &str) -> Result<RelativePath, RelativePathError> {
        let error = |reason| Err(RelativePathError { input: input.to_owned(), reason });
        if input.contains('\0') {
            return error(RelativePathErrorKind::ContainsNul);
        }
        if input.starts_with('/') || is_windows_absolute(input) {
            return error(RelativePathErrorKind::Absolute);
        }
        // Fast path: most paths are already normal.
        if input.split('/').all(|c| !c.is_empty() && c != "." && c != "..") {
            return Ok(RelativePath(SmolStr::new(input)));
        }
        let mut components: Vec<&str> = Vec::new();
        for component in input.split('/') {
            match component {
                "" | "." => {}
                ".." => {
                    if components.pop().is_none() {
                        return error(RelativePathErrorKind::EscapesRoot);
                    }
                }
                _ => components.push(component),
            }
        }
        if components.is_empty() {
            return error(RelativePathErrorKind::Empty);
        }
        Ok(RelativePath(SmolStr::new(components.join("/"))))
    }

    /// The path as a `/`-separated string.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The components of the path, first to last.
    pub fn components(&self) -> impl DoubleEndedIterator<Item = &str> {
        self.0.split('/')
    }

    /// The last component.
    pub fn file_name(&self) -> &str {
        self.0.rsplit('/').next().unwrap_or(&self.0)
    }

    /// The file name without its last extension (`lib` for `src/lib.rs`).
    pub fn file_stem(&self) -> &str {
        let name = self.file_name();
        match name.rfind('.') {
            Some(0) | None => name,
            Some(dot) => &name[..dot],
        }
    }

    /// The extension of the file name (`rs` for `src/lib.rs`), if any.
    pub fn extension(&self) -> Option<&str> {
        let name = self.file_name();
        match name.rfind('.') {
            Some(0) | None => None,
            Some(dot) => Some(&name[dot + 1..]),
        }
    }

    /// The path without its last component, or `None` for a file at the root.
    pub fn parent(&self) -> Option<RelativePath> {
        self.0.rfind('/').map(|slash| RelativePath(SmolStr::new(&self.0[..slash])))
    }

    /// `self` followed by `relative`, normalised (so `relative` may start with `..`).
    pub fn join(&self, relative: &str) -> Result<RelativePath, RelativePathError> {
        RelativePath::new(&format!("{}/{relative}", self.0))
    }

    /// Whether `self` lies inside the directory `dir` (not equal to it).
    pub fn starts_with_dir(&self, dir: &RelativePath) -> bool {
        self.0.len() > dir.0.len() && self.0.starts_with(dir.as_str()) && self.0.as_bytes()[dir.0.len()] == b'/'
    }
}

fn is_windows_absolute(input: &str) -> bool {
    let bytes = input.as_bytes();
    input.starts_with("\\\\") || (bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':')
}

impl FromStr for RelativePath {
    type Err = RelativePathError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RelativePath::new(s)
    }
}

impl fmt::Display for RelativePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for RelativePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl AsRef<str> for RelativePath {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normal(input: &str) -> String {
        match RelativePath::new(input) {
            Ok(path) => path.to_string(),
            Err(error) => format!("error: {error}"),
        }
    }

    #[test]
    fn normalises_components() {
        assert_eq!(normal("src/lib.rs"), "src/lib.rs");
        assert_eq!(normal("./src//lib.rs"), "src/lib.rs");
        assert_eq!(normal("src/a/../lib.rs"), "src/lib.rs");
        assert_eq!(normal("src/./a/./b.rs/"), "src/a/b.rs");
        assert_eq!(normal("a\\b.rs"), "a\\b.rs");
        assert_eq!(normal("ünïcödé/ファイル.rs"), "ünïcödé/ファイル.rs");
    }

    #[test]
    fn rejects_what_is_not_a_relative_path() {
        assert_eq!(
            normal("/etc/passwd"),
            "error: `/etc/passwd` is not a relative path: it is absolute; paths in a source root are relative"
        );
        assert_eq!(
            normal("C:/x.rs"),
            "error: `C:/x.rs` is not a relative path: it is absolute; paths in a source root are relative"
        );
        assert_eq!(
            normal("a/../../x.rs"),
            "error: `a/../../x.rs` is not a relative path: a `..` component climbs above the root"
        );
        assert_eq!(normal("./."), "error: `./.` is not a relative path: it names the root itself, not a file in it");
        assert_eq!(normal(""), "error: `` is not a relative path: it names the root itself, not a file in it");
        assert_eq!(normal("a\0b"), "error: `a\\0b` is not a relative path: it contains a NUL character");
    }

    #[test]
    fn parts_of_a_path() {
        let path = RelativePath::new("src/bin/main.rs").unwrap();
        assert_eq!(path.file_name(), "main.rs");
        assert_eq!(path.file_stem(), "main");
        assert_eq!(path.extension(), Some("rs"));
        assert_eq!(path.parent().unwrap().as_str(), "src/bin");
        assert_eq!(path.components().collect::<Vec<_>>(), ["src", "bin", "main.rs"]);
        assert_eq!(path.join("../lib.rs").unwrap().as_str(), "src/bin/lib.rs");
        assert!(RelativePath::new("main.rs").unwrap().parent().is_none());
        assert_eq!(RelativePath::new(".gitignore").unwrap().extension(), None);
        let src = RelativePath::new("src").unwrap();
        assert!(path.starts_with_dir(&src));
        assert!(!RelativePath::new("srcx/a.rs").unwrap().starts_with_dir(&src));
        assert!(!src.starts_with_dir(&src));
    }
}
