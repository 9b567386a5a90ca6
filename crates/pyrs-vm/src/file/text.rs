//! Text files: encoding on write, decoding and universal newlines on read, line reading.

use super::{os_error, FileData, Kind, Sink};
use crate::object::Payload;
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

/// How many bytes of a UTF-16/32 code unit stream (`0` for byte codecs) and the BOM size.
fn wide_sizes(encoding: &str) -> Option<(usize, usize)> {
    let n: String = encoding
        .trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    match n.as_str() {
        "utf16" | "u16" => Some((2, 2)),
        "utf16le" | "utf16be" => Some((2, 0)),
        "utf32" | "u32" => Some((4, 4)),
        "utf32le" | "utf32be" => Some((4, 0)),
        _ => None,
    }
}

impl FileData {
    /// The size in bytes of decoded text `s` read from position `text_start`.
    pub(super) fn encoded_len(&self, s: &str) -> u64 {
        if s.is_empty() {
            return 0;
        }
        if let Some((unit, bom)) = wide_sizes(&self.encoding) {
            let bom = if self.text_start == 0 { bom } else { 0 };
            let units: usize = if unit == 2 {
                s.chars().map(|c| c.len_utf16()).sum()
            } else {
                s.chars().count()
            };
            return (units * unit + bom) as u64;
        }
        match Codec::lookup(&self.encoding) {
            Some(Codec::Latin1) | Some(Codec::Ascii) => s.chars().count() as u64,
            _ => s.len() as u64,
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
pub fn write_text(vm: &mut Vm, fd: &RefCell<FileData>, s: &str) -> PyResult<usize> {
    let mut f = fd.borrow_mut();
    if f.closed {
        return Err(closed_error(vm));
    }
    if !f.writable {
        return Err(super::unsupported(vm, "not writable"));
    }
    let n = s.chars().count();
    if matches!(f.sink, Sink::Stdout | Sink::Stderr) {
        f.write(s).map_err(|e| os_error(vm, e, None))?;
        return Ok(n);
    }
    if f.kind != Kind::Text {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    let translated;
    let text = match f.newline.write_as() {
        Some(nl) if s.contains('\n') => {
            translated = s.replace('\n', nl);
            translated.as_str()
        }
        _ => s,
    };
    let enc = f.encoding.clone();
    let errors = f.errors.clone();
    let obj = vm.new_str(text);
    let mut bytes = crate::objects::str::encode_str(vm, text, &obj, Some(&enc), Some(&errors))?;
    if let Some((_, bom)) = wide_sizes(&enc) {
        if !f.bom_pending && bom > 0 && bytes.len() >= bom {
            bytes.drain(..bom);
        }
    }
    if !text.is_empty() {
        f.bom_pending = false;
    }
    let nl = f.line_buffered && s.contains('\n');
    f.write_bytes(&bytes, nl)
        .map_err(|e| os_error(vm, e, None))?;
    Ok(n)
}
