//! Text files: encoding on write, decoding and universal newlines on read, line reading.

use super::{os_error, FileData, Kind, Sink};
use crate::object::{Payload, PyStr};
use crate::value::Value;
use crate::{PyErr, PyResult, Vm};
use pyrs_primitives::strmethods::Codec;
use std::cell::RefCell;

/// The `newline` argument of a text file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Newline {
    /// `None`: any of `\n`, `\r`, `\r\n` ends a line and reads as `\n`.
    Universal,
    /// `''`: any ending ends a line, kept as it is.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    /// What `\n` becomes on write.
    fn write_as(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        }
    }
}

impl FileData {
    /// The size in bytes of decoded text `s` read from position `text_start`.
    pub(super) fn encoded_len(&self, s: &str) -> u64 {
        if s.is_empty() {
            return 0;
        }
        match Codec::lookup(&self.encoding) {
            Some(c) => c.encoded_len(s, self.text_start == 0) as u64,
            None => s.len() as u64,
        }
    }

    /// Whether the unread text holds a complete line.
    fn has_line(&self) -> bool {
        let rest = &self.text[self.tpos..];
        match self.newline {
            Newline::Universal | Newline::Untranslated => rest.contains(['\n', '\r']),
            Newline::Lf => rest.contains('\n'),
            Newline::Cr => rest.contains('\r'),
            Newline::CrLf => rest.contains("\r\n"),
        }
    }

    /// Takes up to `max` characters of unread text (translated), stopping after a line end
    /// if `line`.
    fn consume(&mut self, max: Option<usize>, line: bool) -> String {
        let mut out = String::new();
        let mut count = 0;
        let rest = &self.text[self.tpos..];
        let mut it = rest.char_indices().peekable();
        let mut used = rest.len();
        while let Some((i, c)) = it.next() {
            if max.is_some_and(|m| count >= m) {
                used = i;
                break;
            }
            count += 1;
            let next_lf = matches!(it.peek(), Some((_, '\n')));
            let ends = match (self.newline, c) {
                (Newline::Universal, '\r') => {
                    if next_lf {
                        it.next();
                    }
                    out.push('\n');
                    true
                }
                (Newline::Untranslated, '\r') => {
                    out.push('\r');
                    if next_lf {
                        it.next();
                        out.push('\n');
                    }
                    true
                }
                (Newline::Universal | Newline::Untranslated | Newline::Lf, '\n') => {
                    out.push('\n');
                    true
                }
                (Newline::Cr, '\r') => {
                    out.push('\r');
                    true
                }
                (Newline::CrLf, '\r') if next_lf => {
                    it.next();
                    out.push_str("\r\n");
                    true
                }
                (_, c) => {
                    out.push(c);
                    false
                }
            };
            if ends && line {
                used = it.peek().map_or(rest.len(), |(j, _)| *j);
                break;
            }
        }
        self.tpos += used;
        out
    }
}

fn closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// Reads more raw bytes and decodes them onto the unread text; false at the end.
fn fill_text(vm: &mut Vm, f: &mut FileData, all: bool) -> PyResult<bool> {
    if f.tpos == f.text.len() {
        f.text.clear();
        f.tpos = 0;
        if let Sink::File(Some(file)) = &mut f.sink {
            use std::io::Seek;
            let p = file.stream_position().map_err(|e| os_error(vm, e, None))?;
            f.text_start = p.saturating_sub((f.rbuf.len() - f.rpos) as u64);
        }
    }
    let all = all || matches!(f.sink, Sink::File(_));
    if f.rpos == f.rbuf.len() {
        let r = f.fill(all);
        if let Err(e) = r {
            return Err(os_error(vm, e, None));
        }
    }
    if f.rpos == f.rbuf.len() {
        return Ok(false);
    }
    let raw = f.rbuf[f.rpos..].to_vec();
    f.rbuf.clear();
    f.rpos = 0;
    let errors = if matches!(f.sink, Sink::Stdin) {
        "replace".to_string()
    } else {
        f.errors.clone()
    };
    let enc = f.encoding.clone();
    let b = Value::obj(Payload::Bytes(raw.into_boxed_slice()));
    let s = crate::objects::str::decode_value(vm, &b, Some(&enc), Some(&errors))?;
    f.text.push_str(s.as_str().unwrap_or(""));
    Ok(true)
}

fn check_readable(vm: &Vm, f: &FileData) -> PyResult<()> {
    if f.closed {
        return Err(closed_error(vm));
    }
    if !f.readable {
        return Err(super::unsupported(vm, "not readable"));
    }
    Ok(())
}

/// Text `readline(limit)`.
pub fn readline(vm: &mut Vm, fd: &RefCell<FileData>, limit: Option<usize>) -> PyResult<String> {
    let mut f = fd.borrow_mut();
    check_readable(vm, &f)?;
    f.flush().map_err(|e| os_error(vm, e, None))?;
    loop {
        let have = f.text.len() - f.tpos;
        if f.has_line() || limit.is_some_and(|l| have > l) {
            break;
        }
        if !fill_text(vm, &mut f, false)? {
            break;
        }
    }
    Ok(f.consume(limit, true))
}

/// Text `read(n)` (`None`: everything left).
pub fn read_text(vm: &mut Vm, fd: &RefCell<FileData>, n: Option<usize>) -> PyResult<String> {
    let mut f = fd.borrow_mut();
    check_readable(vm, &f)?;
    f.flush().map_err(|e| os_error(vm, e, None))?;
    loop {
        if let Some(n) = n {
            if f.text[f.tpos..].chars().take(n + 1).count() > n {
                break;
            }
        }
        if !fill_text(vm, &mut f, n.is_none())? {
            break;
        }
    }
    Ok(f.consume(n, false))
}

/// Text `write(s)`: translates newlines, encodes and buffers; returns the length of `s`.
pub fn write_text(vm: &mut Vm, fd: &RefCell<FileData>, s: &PyStr) -> PyResult<usize> {
    let mut f = fd.borrow_mut();
    if f.closed {
        return Err(closed_error(vm));
    }
    if !f.writable {
        return Err(super::unsupported(vm, "not writable"));
    }
    let n = s.char_len();
    let console = matches!(f.sink, Sink::Stdout | Sink::Stderr);
    if console && !s.has_surrogates() {
        f.write(s.as_str()).map_err(|e| os_error(vm, e, None))?;
        return Ok(n);
    }
    if f.kind != Kind::Text {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    let translated = match f.newline.write_as() {
        Some(nl) if s.as_str().contains('\n') => {
            let mut b = Vec::new();
            for &c in s.wtf8().iter() {
                match c {
                    b'\n' => b.extend_from_slice(nl.as_bytes()),
                    c => b.push(c),
                }
            }
            Some(PyStr::from_wtf8(b))
        }
        _ => None,
    };
    let text = translated.as_ref().unwrap_or(s);
    let (enc, errors) = match f.sink {
        // The console streams' codec: lone surrogates need it (the rest was written above).
        Sink::Stderr => ("utf-8".to_string(), "backslashreplace".to_string()),
        Sink::Stdout | Sink::Stdin => ("utf-8".to_string(), "surrogateescape".to_string()),
        Sink::File(_) => (f.encoding.clone(), f.errors.clone()),
    };
    let obj = Value::obj(Payload::Str(text.substr(0..text.as_str().len())));
    let mut bytes = crate::objects::str::encode_str(vm, text, &obj, Some(&enc), Some(&errors))?;
    let bom = Codec::lookup(&enc).map_or(0, Codec::bom_len);
    if !f.bom_pending && bom > 0 && bytes.len() >= bom {
        bytes.drain(..bom);
    }
    if !text.as_str().is_empty() {
        f.bom_pending = false;
    }
    let nl = f.line_buffered && s.as_str().contains('\n');
    f.write_bytes(&bytes, nl)
        .map_err(|e| os_error(vm, e, None))?;
    Ok(n)
}
