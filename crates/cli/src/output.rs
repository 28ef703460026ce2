//! Writing to standard output without panicking when the reader goes away.

use std::io::{self, BufWriter, Stdout, Write};

/// Buffered standard output that goes quiet, instead of panicking as `println!` does, when the
/// reader has closed the pipe (`sem check | head`): the rest of the output has no reader.
pub(crate) struct Output {
    out: BufWriter<Stdout>,
    closed: bool,
}

impl Output {
    /// Standard output, buffered.
    pub(crate) fn stdout() -> Output {
        Output { out: BufWriter::new(io::stdout()), closed: false }
    }

    /// Writes `text`; after a write error (a closed pipe), writes nothing more.
    pub(crate) fn write(&mut self, text: &str) {
        if !self.closed && self.out.write_all(text.as_bytes()).is_err() {
            self.closed = true;
        }
    }

    /// Writes out what is buffered.
    pub(crate) fn flush(&mut self) {
        if !self.closed && self.out.flush().is_err() {
            self.closed = true;
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}
