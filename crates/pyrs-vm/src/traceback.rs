//! Printing uncaught exceptions as CPython 3.11 does, and `__traceback__` values.

mod frames;

use crate::object::{ObjRef, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::Vm;

use frames::Sources;

/// Sub-exceptions of a group printed before `and N more exceptions`.
const MAX_GROUP_WIDTH: usize = 15;
/// Nested groups printed before `... (max_group_depth is 10)`.
const MAX_GROUP_DEPTH: usize = 10;
/// Chained or nested exceptions followed before giving up (guards the Rust stack).
const MAX_NESTING: usize = 1000;

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

/// The state of printing one exception (with its chain and groups).
#[derive(Default)]
struct Printer {
    out: String,
    group_depth: usize,
    need_close: bool,
    seen: Vec<*const crate::object::Object>,
    nesting: usize,
    sources: Sources,
}

impl Printer {
    fn indent(&self) -> usize {
        2 * self.group_depth
    }

    fn margin(&self) -> &'static str {
        if self.group_depth > 0 {
            "| "
        } else {
            ""
        }
    }

    /// Spaces for the group depth, then the `| ` margin inside a group.
    fn write_margin(&mut self) {
        let m = format!("{}{}", " ".repeat(self.indent()), self.margin());
        self.out.push_str(&m);
    }
}

impl Vm {
    /// `exc.__traceback__`: a chain of traceback objects, outermost first, or None.
    pub fn traceback_value(&self, exc: &Value) -> Value {
        let Some(Payload::Exception(x)) = exc.payload() else {
            return Value::None;
        };
        let mut next = Value::None;
        // Entries are stored innermost first: build the chain from the inside out.
        for e in x.traceback.borrow().iter() {
            let line = e.code.code.locations.get(e.ip).map(|l| l.line).unwrap_or(0);
            let frame = Value::obj(Payload::FrameInfo(Box::new(crate::object::FrameInfoData {
                code: e.code.clone(),
                lineno: line,
                globals: Value::None,
                back: Value::None,
                live: 0,
                locals: e.locals.clone(),
            })));
            next = Value::obj(Payload::Traceback(Box::new(crate::object::TracebackData {
                frame,
                lineno: line,
                lasti: e.ip as u32,
                next,
            })));
        }
        next
    }

    /// The text `python3` prints for an uncaught exception (the whole chain).
    pub fn format_exception(&mut self, exc: &ObjRef) -> String {
        let mut p = Printer::default();
        self.print_recursive(&mut p, exc);
        p.out
    }

    /// One exception with, first, the exceptions it was chained from.
    fn print_recursive(&mut self, p: &mut Printer, exc: &ObjRef) {
        if p.nesting > MAX_NESTING {
            return;
        }
        p.nesting += 1;
        self.print_cause_and_context(p, exc);
        if self.is_exception_group(exc) {
            self.print_group(p, exc);
        } else {
            self.print_exception(p, exc);
        }
        p.nesting -= 1;
    }

    fn print_cause_and_context(&mut self, p: &mut Printer, exc: &ObjRef) {
        p.seen.push(crate::object::ObjRef::as_ptr(exc));
        let Some(x) = self.exc_data(exc) else { return };
        let cause = x.cause.borrow().clone();
        let context = x.context.borrow().clone();
        let suppress = x.suppress_context.get();
        if let Value::Obj(c) = &cause {
            if !p.seen.contains(&crate::object::ObjRef::as_ptr(c)) {
                self.print_chained(p, c, CAUSE_MESSAGE);
            }
            return;
        }
        if suppress {
            return;
        }
        if let Value::Obj(c) = &context {
            if !p.seen.contains(&crate::object::ObjRef::as_ptr(c)) {
                self.print_chained(p, c, CONTEXT_MESSAGE);
            }
        }
    }

    fn print_chained(&mut self, p: &mut Printer, exc: &ObjRef, message: &str) {
        let need_close = p.need_close;
        self.print_recursive(p, exc);
        p.need_close = need_close;
        p.write_margin();
        p.out.push('\n');
        p.write_margin();
        p.out.push_str(message);
        p.write_margin();
        p.out.push('\n');
    }

    /// Whether `exc` is an instance of `BaseExceptionGroup`.
    pub(crate) fn is_exception_group(&self, exc: &ObjRef) -> bool {
        match self.builtin("BaseExceptionGroup") {
            Some(Value::Obj(g)) => self.exc_matches(exc, &g),
            _ => false,
        }
    }

    /// An exception group: its own traceback and message, then its members in boxes.
    fn print_group(&mut self, p: &mut Printer, exc: &ObjRef) {
        if p.group_depth > MAX_GROUP_DEPTH {
            p.write_margin();
            p.out
                .push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        let top = p.group_depth == 0;
        if top {
            p.group_depth += 1;
        }
        self.print_exception(p, exc);
        let excs = match self.exc_attr(exc, "exceptions") {
            Some(Value::Obj(t)) => match &t.payload {
                Payload::Tuple(items) => items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let n = if excs.len() <= MAX_GROUP_WIDTH {
            excs.len()
        } else {
            MAX_GROUP_WIDTH + 1
        };
        p.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                p.need_close = true;
            }
            p.out.push_str(&" ".repeat(p.indent()));
            let lead = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            if truncated {
                p.out
                    .push_str(&format!("{lead}+---------------- ... ----------------\n"));
            } else {
                p.out.push_str(&format!(
                    "{lead}+---------------- {} ----------------\n",
                    i + 1
                ));
            }
            p.group_depth += 1;
            if truncated {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                p.write_margin();
                let s = if remaining > 1 { "s" } else { "" };
                p.out
                    .push_str(&format!("and {remaining} more exception{s}\n"));
            } else if let Value::Obj(e) = &excs[i] {
                self.print_recursive(p, e);
            }
            if last && p.need_close {
                p.out.push_str(&" ".repeat(p.indent()));
                p.out.push_str("+------------------------------------\n");
                p.need_close = false;
            }
            p.group_depth -= 1;
        }
        if top {
            p.group_depth -= 1;
        }
    }

    /// One exception: its traceback, `Type: message`, its notes.
    fn print_exception(&mut self, p: &mut Printer, exc: &ObjRef) {
        let entries = self
            .exc_data(exc)
            .map(|x| x.traceback.borrow().clone())
            .unwrap_or_default();
        let limit = match self.sys_attr("tracebacklimit") {
            Value::Int(n) => n,
            _ => 1000,
        };
        if !entries.is_empty() && limit > 0 {
            let group = self.is_exception_group(exc);
            let header_margin = if group && p.group_depth == 1 {
                "+ "
            } else {
                p.margin()
            };
            let header = if group {
                "Exception Group Traceback (most recent call last):\n"
            } else {
                "Traceback (most recent call last):\n"
            };
            p.out.push_str(&" ".repeat(p.indent()));
            p.out.push_str(header_margin);
            p.out.push_str(header);
            let mut outer_first: Vec<_> = entries.iter().rev().cloned().collect();
            if outer_first.len() as i64 > limit {
                outer_first.drain(..outer_first.len() - limit as usize);
            }
            let (indent, margin) = (p.indent(), p.margin());
            frames::format_frames(&outer_first, indent, margin, &mut p.sources, &mut p.out);
        }
        let value = self.print_file_and_line(p, exc);
        p.write_margin();
        p.out.push_str(&self.exception_type_name(exc));
        let msg = match &value {
            Some(v) => self.str_string(v),
            None => self.str_string(&Value::Obj(exc.clone())),
        };
        match msg {
            Ok(s) => {
                if !s.is_empty() {
                    p.out.push_str(": ");
                }
                p.out.push_str(&s);
            }
            Err(_) => p.out.push_str(": <exception str() failed>"),
        }
        if let Some(s) = self.suggestion_for(exc) {
            p.out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        p.out.push('\n');
        self.print_notes(p, exc);
    }

    /// `__notes__`: each note's lines behind the margin.
    fn print_notes(&mut self, p: &mut Printer, exc: &ObjRef) {
        let v = Value::Obj(exc.clone());
        let name = self.intern("__notes__");
        let Ok(Some(notes)) = self.getattr_opt(&v, &name) else {
            return;
        };
        let items = match notes.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::Str(s)) => s
                .as_str()
                .chars()
                .map(|c| self.new_str(c.to_string()))
                .collect(),
            _ => {
                p.write_margin();
                match self.repr(&notes) {
                    Ok(r) => {
                        let r = r.as_str().unwrap_or("").to_string();
                        p.out.push_str(&r);
                    }
                    Err(_) => p.out.push_str("<__notes__ repr() failed>"),
                }
                return;
            }
        };
        for note in items {
            match self.str_string(&note) {
                Ok(s) => {
                    for line in pyrs_primitives::strmethods::split::str_splitlines(&s, true) {
                        p.write_margin();
                        p.out.push_str(line);
                    }
                }
                Err(_) => p.out.push_str("<note str() failed>"),
            }
            p.out.push('\n');
        }
    }

    /// `module.QualName` of an exception's class (no module for builtins and `__main__`).
    fn exception_type_name(&mut self, exc: &ObjRef) -> String {
        let ty = self.type_of_obj(exc);
        let td = type_data(&ty);
        let name = td.qualname.borrow().to_string();
        let module = self
            .getattr(&Value::Obj(ty.clone()), &self.intern("__module__"))
            .ok();
        match module.as_ref().and_then(|m| m.as_str()) {
            Some("builtins" | "__main__") => name,
            Some(m) => format!("{m}.{name}"),
            None => format!("<unknown>.{name}"),
        }
    }

    /// The last line: `Type: message`.
    pub fn exception_only(&mut self, exc: &ObjRef) -> String {
        let mut p = Printer::default();
        let value = self.print_file_and_line(&mut p, exc);
        let mut out = std::mem::take(&mut p.out);
        out.push_str(&self.exception_type_name(exc));
        let msg = match &value {
            Some(v) => self.str_string(v),
            None => self.str_string(&Value::Obj(exc.clone())),
        };
        match msg {
            Ok(s) => {
                if !s.is_empty() {
                    out.push_str(": ");
                }
                out.push_str(&s);
            }
            Err(_) => out.push_str(": <exception str() failed>"),
        }
        if let Some(s) = self.suggestion_for(exc) {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        out
    }
}

impl Vm {
    /// For a SyntaxError (an exception with `print_file_and_line`): writes where it happened,
    /// the source text and its carets, and returns the value to print after `Type: ` (its
    /// `msg`). None when `exc` itself is printed.
    fn print_file_and_line(&mut self, p: &mut Printer, exc: &ObjRef) -> Option<Value> {
        let v = Value::Obj(exc.clone());
        let marker = self.intern("print_file_and_line");
        if !matches!(self.getattr_opt(&v, &marker), Ok(Some(_))) {
            return None;
        }
        let get = |vm: &mut Vm, attr: &str| {
            let name = vm.intern(attr);
            vm.getattr(&v, &name).ok()
        };
        let msg = get(self, "msg")?;
        let filename = get(self, "filename")?;
        let Value::Int(lineno) = get(self, "lineno")? else {
            return None;
        };
        let offset = match get(self, "offset")? {
            Value::None => -1,
            Value::Int(o) => o,
            _ => return None,
        };
        let exact = crate::object::ObjRef::ptr_eq(&self.type_of_obj(exc), &self.exc.syntax_error);
        let (end_lineno, mut end_offset) = if exact {
            let end_lineno = match get(self, "end_lineno") {
                None | Some(Value::None) => lineno,
                Some(Value::Int(l)) => l,
                Some(_) => return None,
            };
            let end_offset = match get(self, "end_offset") {
                None | Some(Value::None) => -1,
                Some(Value::Int(o)) => o,
                Some(_) => return None,
            };
            (end_lineno, end_offset)
        } else {
            (lineno, -1)
        };
        let text = get(self, "text")?;
        let filename = match filename {
            Value::None => "<string>".to_string(),
            f => self.str_string(&f).ok()?,
        };
        p.write_margin();
        p.out
            .push_str(&format!("  File \"{filename}\", line {lineno}\n"));
        if let Some(t) = text.as_str() {
            let size = t.len() as i64;
            if end_lineno > lineno {
                end_offset = size;
            }
            if end_offset > size + 1 {
                end_offset = size + 1;
            }
            error_text(&mut p.out, offset, end_offset, t);
        }
        Some(msg)
    }

    fn suggestion_for(&mut self, exc: &ObjRef) -> Option<String> {
        if self.exc_matches(exc, &self.exc.name_error.clone()) {
            return self.exc_data(exc)?.suggestion.borrow().clone();
        }
        if self.exc_matches(exc, &self.exc.attribute_error.clone()) {
            let obj = self.exc_attr(exc, "obj")?;
            let name = self.exc_attr(exc, "name")?;
            let name = name.as_str()?.to_string();
            return self.attribute_suggestion(&obj, &name);
        }
        None
    }
}

/// A SyntaxError's source text and carets (offsets 1-based, in UTF-8 bytes as CPython counts
/// them); written without the group margin, as CPython does.
fn error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let b = text.as_bytes();
    let mut off = offset - 1;
    let mut end = end_offset - 1;
    let mut pos = 0usize;
    while pos < b.len() && matches!(b[pos], b' ' | b'\t' | b'\x0c') {
        pos += 1;
        off -= 1;
        end -= 1;
    }
    let mut len = (b.len() - pos) as i64;
    if len > 0 && b[b.len() - 1] == b'\n' {
        len -= 1;
    }
    if off > len {
        off = len;
    }
    while let Some(nl) = b[pos..].iter().position(|&c| c == b'\n') {
        let inl = nl as i64;
        if inl >= off {
            break;
        }
        pos += nl + 1;
        len -= inl + 1;
        off -= inl + 1;
        end -= inl + 1;
    }
    let rest = &b[pos..];
    out.push_str("    ");
    out.push_str(&String::from_utf8_lossy(rest));
    if rest.get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if off < 0 {
        return;
    }
    let width = if end_offset > 0 && end > off {
        end - off
    } else {
        1
    };
    out.push_str("    ");
    out.push_str(&" ".repeat(off as usize));
    out.push_str(&"^".repeat(width as usize));
    out.push('\n');
}
