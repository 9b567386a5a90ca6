//! Files: `sys.stdout`/`stderr`/`stdin` and `open()` files, with buffering and text decoding.

mod text;

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};

pub use text::Newline;

/// Where a file object's bytes go. `File(None)` is a closed file.
#[derive(Debug)]
pub enum Sink {
    Stdout,
    Stderr,
    Stdin,
    File(Option<std::fs::File>),
}

/// What Python sees of a file: a text wrapper, a buffered binary file or a raw `FileIO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    Buffered,
    Raw,
}

/// A file's state: a write buffer of encoded bytes, bytes read ahead, and (text files)
/// decoded text read ahead.
#[derive(Debug)]
pub struct FileData {
    pub sink: Sink,
    pub name: String,
    pub mode: String,
    /// Bytes written but not yet passed to the OS.
    pub buffer: Vec<u8>,
    pub line_buffered: bool,
    /// Every write goes to the OS at once (`-u` for stdout and stderr).
    pub write_through: bool,
    pub closed: bool,
    pub kind: Kind,
    pub readable: bool,
    pub writable: bool,
    /// `name` as given to `open()` (a str, bytes or int), for `.name` and `repr`.
    pub name_value: Value,
    /// The encoding as given (`f.encoding`) and the error handler.
    pub encoding: String,
    pub errors: String,
    pub newline: Newline,
    pub closefd: bool,
    /// Raw bytes read ahead (binary files) and how many of them are consumed.
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    /// Decoded text read ahead (text files, newlines untranslated), the byte offset consumed,
    /// and the file position of its start.
    pub text: String,
    pub tpos: usize,
    pub text_start: u64,
    /// The next write of a UTF-16/32 file starts the file: it keeps its byte order mark.
    pub bom_pending: bool,
}

impl FileData {
    pub fn new(sink: Sink, name: &str, mode: &str, line_buffered: bool) -> FileData {
        let readable = matches!(sink, Sink::Stdin);
        FileData {
            sink,
            name: name.into(),
            mode: mode.into(),
            buffer: Vec::new(),
            line_buffered,
            write_through: false,
            closed: false,
            kind: Kind::Text,
            readable,
            writable: !readable,
            name_value: Value::Null,
            encoding: "utf-8".into(),
            errors: "strict".into(),
            // The standard streams are opened with `newline='\n'`.
            newline: Newline::Lf,
            closefd: true,
            rbuf: Vec::new(),
            rpos: 0,
            text: String::new(),
            tpos: 0,
            text_start: 0,
            bom_pending: false,
        }
    }

    /// Buffers UTF-8 text as it is (the standard streams).
    pub fn write(&mut self, s: &str) -> std::io::Result<()> {
        self.write_bytes(s.as_bytes(), s.contains('\n'))
    }

    /// Buffers encoded bytes; flushes when the buffer is large or a line is complete on a
    /// line-buffered stream.
    pub fn write_bytes(&mut self, b: &[u8], newline: bool) -> std::io::Result<()> {
        self.sync_read()?;
        self.buffer.extend_from_slice(b);
        if self.buffer.len() > 8192
            || (self.line_buffered && newline)
            || self.write_through
            || self.kind == Kind::Raw
        {
            self.flush()?;
        }
        Ok(())
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let r = match &mut self.sink {
            Sink::Stdout => {
                let mut o = std::io::stdout().lock();
                o.write_all(&self.buffer).and_then(|_| o.flush())
            }
            Sink::Stderr => {
                let mut o = std::io::stderr().lock();
                o.write_all(&self.buffer).and_then(|_| o.flush())
            }
            Sink::File(Some(f)) => f.write_all(&self.buffer),
            Sink::File(None) | Sink::Stdin => Ok(()),
        };
        self.buffer.clear();
        r
    }

    /// The OS file, if this is an open regular file.
    fn os_file(&mut self) -> Option<&mut std::fs::File> {
        match &mut self.sink {
            Sink::File(Some(f)) => Some(f),
            _ => None,
        }
    }

    /// Drops what was read ahead, moving the OS position back to the logical one.
    pub fn sync_read(&mut self) -> std::io::Result<()> {
        // A text file's read-ahead is dropped where the OS file stands, as CPython's text
        // layer leaves its buffered reader at the end of the chunk it read.
        let ahead_bytes = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        self.text.clear();
        self.tpos = 0;
        if let Some(f) = self.os_file() {
            if ahead_bytes > 0 {
                f.seek(SeekFrom::Current(-ahead_bytes))?;
            }
        }
        Ok(())
    }

    /// The logical position (`tell()`).
    pub fn tell(&mut self) -> std::io::Result<u64> {
        self.flush()?;
        if !self.text.is_empty() {
            return Ok(self.text_start + self.encoded_len(&self.text[..self.tpos]));
        }
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        match self.os_file() {
            Some(f) => Ok(f.stream_position()?.saturating_sub(ahead)),
            None => Err(std::io::Error::from_raw_os_error(29)),
        }
    }

    /// `seek()` on the OS file after flushing and dropping read-ahead.
    pub fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.flush()?;
        self.sync_read()?;
        match self.os_file() {
            Some(f) => f.seek(pos),
            None => Err(std::io::Error::from_raw_os_error(29)),
        }
    }

    /// `truncate(size)`: the position does not move.
    pub fn truncate(&mut self, size: Option<u64>) -> std::io::Result<u64> {
        self.flush()?;
        self.sync_read()?;
        let Some(f) = self.os_file() else {
            return Err(std::io::Error::from_raw_os_error(29));
        };
        let size = match size {
            Some(s) => s,
            None => f.stream_position()?,
        };
        f.set_len(size)?;
        Ok(size)
    }

    /// Reads more raw bytes into `rbuf`: everything left (`all`), a line (stdin), or a chunk.
    /// Returns how many bytes came.
    fn fill(&mut self, all: bool) -> std::io::Result<usize> {
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let before = self.rbuf.len();
        match &mut self.sink {
            Sink::File(Some(f)) => {
                if all {
                    f.read_to_end(&mut self.rbuf)?;
                } else {
                    let mut chunk = [0u8; 8192];
                    let n = f.read(&mut chunk)?;
                    self.rbuf.extend_from_slice(&chunk[..n]);
                }
            }
            Sink::Stdin => {
                use std::io::BufRead;
                let mut lock = std::io::stdin().lock();
                if all {
                    lock.read_to_end(&mut self.rbuf)?;
                } else {
                    lock.read_until(b'\n', &mut self.rbuf)?;
                }
            }
            _ => {}
        }
        Ok(self.rbuf.len() - before)
    }

    /// Binary `read(n)` (`None`: to the end).
    pub fn read_bytes(&mut self, n: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.flush()?;
        match n {
            None => {
                self.fill(true)?;
            }
            Some(n) => {
                while self.rbuf.len() - self.rpos < n {
                    if self.fill(false)? == 0 {
                        break;
                    }
                }
            }
        }
        let avail = self.rbuf.len() - self.rpos;
        let take = n.map_or(avail, |n| n.min(avail));
        let out = self.rbuf[self.rpos..self.rpos + take].to_vec();
        self.rpos += take;
        Ok(out)
    }

    /// Binary `readline(limit)`.
    pub fn readline_bytes(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.flush()?;
        let mut scanned = self.rpos;
        loop {
            let end = limit.map_or(self.rbuf.len(), |l| self.rbuf.len().min(self.rpos + l));
            if let Some(i) = self.rbuf[scanned..end].iter().position(|&b| b == b'\n') {
                let stop = scanned + i + 1;
                let out = self.rbuf[self.rpos..stop].to_vec();
                self.rpos = stop;
                return Ok(out);
            }
            scanned = end;
            if limit.is_some_and(|l| end - self.rpos >= l) || self.fill(false)? == 0 {
                let end = limit.map_or(self.rbuf.len(), |l| self.rbuf.len().min(self.rpos + l));
                let out = self.rbuf[self.rpos..end].to_vec();
                self.rpos = end;
                return Ok(out);
            }
        }
    }

    /// `peek()`: the bytes read ahead (at least one unless at the end).
    pub fn peek_bytes(&mut self) -> std::io::Result<Vec<u8>> {
        self.flush()?;
        if self.rpos == self.rbuf.len() {
            self.fill(false)?;
        }
        Ok(self.rbuf[self.rpos..].to_vec())
    }

    /// Closes: flushes, then lets the OS file go (unless `closefd` is false).
    pub fn close(&mut self) -> std::io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let r = self.flush();
        self.closed = true;
        if let Sink::File(f) = &mut self.sink {
            *f = None;
        }
        r
    }
}

impl Drop for FileData {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

thread_local! {
    /// Files opened by `open()`, flushed at exit if still open.
    static OPEN_FILES: RefCell<Vec<crate::object::WeakObjRef>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a new file object so that exit flushes it.
pub fn register(obj: &ObjRef) {
    OPEN_FILES.with(|r| {
        let mut r = r.borrow_mut();
        r.retain(|w| w.strong_count() > 0);
        r.push(crate::object::ObjRef::downgrade(obj));
    });
}

/// The state of a file value: a text file itself, or the file inside a binary file object.
pub fn file_obj(vm: &Vm, v: &Value) -> Option<ObjRef> {
    match v.payload()? {
        Payload::File(_) => v.as_obj().cloned(),
        Payload::Instance(i) => match &i.dict.payload {
            Payload::Dict(d) => {
                let f = d.get_str(&vm.intern(FILE_KEY))?;
                match f.payload() {
                    Some(Payload::File(_)) => f.as_obj().cloned(),
                    _ => None,
                }
            }
            _ => None,
        },
        _ => None,
    }
}

/// The type objects of binary files and `io.UnsupportedOperation` (made by `open`'s init).
#[derive(Clone, Debug)]
pub struct IoTypes {
    pub buffered_reader: ObjRef,
    pub buffered_writer: ObjRef,
    pub buffered_random: ObjRef,
    pub file_io: ObjRef,
    pub unsupported: ObjRef,
}

thread_local! {
    static IO_TYPES: RefCell<Option<IoTypes>> = const { RefCell::new(None) };
}

pub fn set_io_types(t: IoTypes) {
    IO_TYPES.with(|r| *r.borrow_mut() = Some(t));
}

pub fn io_types() -> Option<IoTypes> {
    IO_TYPES.with(|r| r.borrow().clone())
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    match io_types() {
        Some(t) => vm.new_error(&t.unsupported, msg),
        None => vm.new_error(&vm.exc.os_error.clone(), msg),
    }
}

/// The instance attribute of a binary file object holding its state.
pub const FILE_KEY: &str = "__pyrs_file__";

/// The `OSError` (subclass chosen by errno) for an I/O error.
pub fn os_error(vm: &mut Vm, e: std::io::Error, filename: Option<&Value>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return vm.new_error(&vm.exc.os_error.clone(), e.to_string());
    };
    let msg = e.to_string();
    let strerror = match msg.find(" (os error") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    let mut args = vec![Value::Int(errno as i64), vm.new_str(strerror)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    let cls = Value::Obj(vm.exc.os_error.clone());
    match vm.call(&cls, &args, &[]) {
        Ok(Value::Obj(o)) => o,
        Ok(_) => vm.new_error(&vm.exc.os_error.clone(), "I/O error"),
        Err(e) => e,
    }
}

/// Writes text to `sys.stdout` (whatever object it is).
pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    let out = vm.sys_attr("stdout");
    write_to(vm, &out, s)
}

/// Writes text to a file-like object.
pub fn write_to(vm: &mut Vm, f: &Value, s: &str) -> PyResult<()> {
    if let Some(Payload::File(fd)) = f.payload() {
        text::write_text(vm, fd, &crate::object::PyStr::new(s))?;
        return Ok(());
    }
    let sv = vm.new_str(s);
    vm.call_method(f, "write", &[sv])?;
    Ok(())
}

/// Flushes open files, then standard output and error (at exit).
pub fn flush_std(vm: &mut Vm) {
    let files: Vec<ObjRef> = OPEN_FILES.with(|r| {
        let mut r = r.borrow_mut();
        r.retain(|w| w.strong_count() > 0);
        r.iter().filter_map(|w| w.upgrade()).collect()
    });
    for f in files {
        if let Payload::File(fd) = &f.payload {
            if let Ok(mut fd) = fd.try_borrow_mut() {
                let _ = fd.flush();
            }
        }
    }
    for name in ["stdout", "stderr"] {
        let f = vm.sys_attr(name);
        if let Some(Payload::File(fd)) = f.payload() {
            if let Ok(mut fd) = fd.try_borrow_mut() {
                let _ = fd.flush();
            }
        }
    }
}

/// Iteration over a file's lines.
pub fn file_next_line(vm: &mut Vm, f: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::File(fd)) = f.payload() else {
        return Ok(None);
    };
    let line = text::readline(vm, fd, None)?;
    if line.is_empty() {
        return Ok(None);
    }
    Ok(Some(vm.new_str(line)))
}

pub use text::{read_text, readline as readline_text, write_text};
