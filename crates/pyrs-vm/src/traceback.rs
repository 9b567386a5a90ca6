//! Printing uncaught exceptions as CPython 3.11 does, and `__traceback__` values.

use crate::object::{ObjRef, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::Vm;

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
            let frame = Value::obj(Payload::FrameInfo {
                code: e.code.clone(),
                lineno: line,
                globals: Value::None,
            });
            next = Value::obj(Payload::Traceback {
                frame,
                lineno: line,
                lasti: e.ip as u32,
                next,
            });
        }
        next
    }

    /// The text `python3` prints for an uncaught exception (the whole chain).
    pub fn format_exception(&mut self, exc: &ObjRef) -> String {
        let mut out = String::new();
        let mut seen: Vec<*const crate::object::Object> = Vec::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(
        &mut self,
        exc: &ObjRef,
        out: &mut String,
        seen: &mut Vec<*const crate::object::Object>,
    ) {
        seen.push(std::rc::Rc::as_ptr(exc));
        if let Some(x) = self.exc_data(exc) {
            let cause = x.cause.borrow().clone();
            let context = x.context.borrow().clone();
            let suppress = x.suppress_context.get();
            if let Value::Obj(c) = &cause {
                if !seen.contains(&std::rc::Rc::as_ptr(c)) {
                    self.format_chain(c, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let (Value::Obj(c), false) = (&context, suppress) {
                if !seen.contains(&std::rc::Rc::as_ptr(c)) {
                    self.format_chain(c, out, seen);
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
        }
        self.format_one(exc, out);
    }

    fn format_one(&mut self, exc: &ObjRef, out: &mut String) {
        let entries = self
            .exc_data(exc)
            .map(|x| x.traceback.borrow().clone())
            .unwrap_or_default();
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for e in entries.iter().rev() {
                let co = &e.code.code;
                let loc = co.locations.get(e.ip).copied().unwrap_or_default();
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    co.filename, loc.line, co.name
                ));
                if let Some(line) = source_line(&co.filename, loc.line) {
                    let stripped = line.trim_start();
                    let indent = line.len() - stripped.len();
                    let text = stripped.trim_end();
                    out.push_str(&format!("    {text}\n"));
                    if loc.line == loc.end_line && loc.end_col as usize > indent {
                        let start = (loc.col as usize).saturating_sub(indent);
                        let end = (loc.end_col as usize)
                            .saturating_sub(indent)
                            .min(text.len());
                        if !(start == 0 && end >= text.len()) && end > start {
                            let pre = text
                                .get(..start)
                                .map(|s| s.chars().count())
                                .unwrap_or(start);
                            let width = text
                                .get(start..end)
                                .map(|s| s.chars().count())
                                .unwrap_or(end - start);
                            out.push_str(&format!(
                                "    {}{}\n",
                                " ".repeat(pre),
                                "^".repeat(width.max(1))
                            ));
                        }
                    }
                }
            }
        }
        out.push_str(&self.exception_only(exc));
        out.push('\n');
        if let Some(notes) = self.exc_attr(exc, "__notes__") {
            if let Some(Payload::List(l)) = notes.payload() {
                for n in l.borrow().iter() {
                    out.push_str(n.as_str().unwrap_or(""));
                    out.push('\n');
                }
            }
        }
    }

    /// The last line: `Type: message`.
    pub fn exception_only(&mut self, exc: &ObjRef) -> String {
        let ty = self.type_of_obj(exc);
        let td = type_data(&ty);
        let mut name = td.qualname.borrow().to_string();
        if let Some(m) = td.module.borrow().as_str() {
            if m != "builtins" && m != "__main__" {
                name = format!("{m}.{name}");
            }
        }
        if self.exc_matches(exc, &self.exc.syntax_error.clone()) {
            return self.syntax_error_only(exc, &name);
        }
        let v = Value::Obj(exc.clone());
        let mut msg = match self.str_string(&v) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if let Some(s) = self.suggestion_for(exc) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}

impl Vm {
    /// A SyntaxError's part of a traceback: where, the line, the caret, `Name: msg`.
    fn syntax_error_only(&mut self, exc: &ObjRef, name: &str) -> String {
        let v = Value::Obj(exc.clone());
        let get = |vm: &mut Vm, attr: &str| vm.getattr(&v, &vm.intern(attr)).unwrap_or(Value::None);
        let msg = get(self, "msg");
        let filename = get(self, "filename");
        let lineno = get(self, "lineno");
        let offset = get(self, "offset");
        let end_offset = get(self, "end_offset");
        let text = get(self, "text");
        let mut out = String::new();
        if let (Some(f), Value::Int(l)) = (filename.as_str(), &lineno) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        if let Some(t) = text.as_str() {
            let line = t.trim_end_matches(['\n', '\r']);
            let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
            let indent = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            if let Value::Int(off) = offset {
                let start = (off - 1 - indent as i64).max(0) as usize;
                let end = match end_offset {
                    Value::Int(e) if e > off => (e - 1 - indent as i64).max(start as i64 + 1) as usize,
                    _ => start + 1,
                };
                let width = end.saturating_sub(start).max(1);
                out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
        let msg = if msg.is_none() { "<no detail available>".to_string() } else { self.str_string(&msg).unwrap_or_default() };
        out.push_str(&format!("{name}: {msg}"));
        out
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

/// Line `n` (1-based) of a source file, if it can be read.
pub fn source_line(filename: &str, n: u32) -> Option<String> {
    if n == 0 || filename.starts_with('<') {
        return None;
    }
    let text = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&text);
    text.lines().nth(n as usize - 1).map(|s| s.to_string())
}
