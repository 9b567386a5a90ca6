//! Tab completion at the prompt, as CPython's `rlcompleter` does it: keywords and the names
//! of `__main__` and builtins, or the attributes of a dotted name (`os.pa` -> `os.path`);
//! callables get a `(`.

use pyrs_vm::object::{ObjRef, Payload};
use pyrs_vm::value::Value;
use pyrs_vm::Vm;
use rustyline::completion::Completer;
use std::cell::RefCell;
use std::rc::Rc;

/// Python 3.11's keywords (`keyword.kwlist`).
const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The line editor's helper: completes against the session's namespace.
pub struct PyHelper {
    pub vm: Rc<RefCell<Vm>>,
    pub globals: ObjRef,
}

impl Completer for PyHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[start..];
        let Ok(mut vm) = self.vm.try_borrow_mut() else {
            return Ok((start, Vec::new()));
        };
        Ok((start, candidates(&mut vm, &self.globals, word)))
    }
}

impl rustyline::hint::Hinter for PyHelper {
    type Hint = String;
}
impl rustyline::highlight::Highlighter for PyHelper {}
impl rustyline::validate::Validator for PyHelper {}
impl rustyline::Helper for PyHelper {}

/// What `word` may complete to.
pub fn candidates(vm: &mut Vm, globals: &ObjRef, word: &str) -> Vec<String> {
    let mut out = match word.rsplit_once('.') {
        Some((expr, prefix)) => attribute_matches(vm, globals, expr, prefix),
        None => global_matches(vm, globals, word),
    };
    out.sort();
    out.dedup();
    out
}

/// The value of `name` in a namespace dict.
fn lookup(vm: &Vm, ns: &ObjRef, name: &str) -> Option<Value> {
    match &ns.payload {
        Payload::Dict(d) => d.get_str(&vm.new_str(name)),
        _ => None,
    }
}

fn names_of(ns: &ObjRef) -> Vec<String> {
    match &ns.payload {
        Payload::Dict(d) => d
            .keys()
            .iter()
            .filter_map(|k| k.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

/// `name(` for a callable value, `name` otherwise.
fn with_paren(vm: &mut Vm, name: String, v: &Value) -> String {
    let callable = vm
        .builtin("callable")
        .and_then(|c| vm.call(&c, std::slice::from_ref(v), &[]).ok());
    if matches!(callable, Some(Value::Bool(true))) {
        name + "("
    } else {
        name
    }
}

fn global_matches(vm: &mut Vm, globals: &ObjRef, word: &str) -> Vec<String> {
    let mut out = Vec::new();
    for k in KEYWORDS.iter().filter(|k| k.starts_with(word)) {
        out.push(match *k {
            "finally" | "try" => format!("{k}:"),
            "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => k.to_string(),
            _ => format!("{k} "),
        });
    }
    let builtins = vm.builtins.clone();
    for ns in [globals, &builtins] {
        for name in names_of(ns) {
            if !name.starts_with(word) || KEYWORDS.contains(&name.as_str()) {
                continue;
            }
            let full = match lookup(vm, ns, &name) {
                Some(v) => with_paren(vm, name, &v),
                None => name,
            };
            out.push(full);
        }
    }
    out
}

/// The attributes of what a dotted name (names and attributes only, nothing called) is.
fn attribute_matches(vm: &mut Vm, globals: &ObjRef, expr: &str, prefix: &str) -> Vec<String> {
    let mut parts = expr.split('.');
    let first = parts.next().unwrap_or("");
    let builtins = vm.builtins.clone();
    let Some(mut obj) = lookup(vm, globals, first).or_else(|| lookup(vm, &builtins, first)) else {
        return Vec::new();
    };
    for p in parts {
        let name = vm.new_str(p);
        match vm.getattr(&obj, &name) {
            Ok(v) => obj = v,
            Err(_) => return Vec::new(),
        }
    }
    let names = vm
        .builtin("dir")
        .and_then(|d| vm.call(&d, std::slice::from_ref(&obj), &[]).ok())
        .and_then(|l| vm.collect(&l).ok())
        .unwrap_or_default();
    // As rlcompleter: no `_names` unless `_` was typed, no `__names` unless `__` was.
    let hidden = match prefix {
        "" => Some("_"),
        "_" => Some("__"),
        _ => None,
    };
    let mut out = Vec::new();
    for n in names.iter().filter_map(|n| n.as_str().map(String::from)) {
        if !n.starts_with(prefix) || hidden.is_some_and(|h| n.starts_with(h)) {
            continue;
        }
        let key = vm.new_str(n.as_str());
        let full = format!("{expr}.{n}");
        out.push(match vm.getattr(&obj, &key) {
            Ok(v) => with_paren(vm, full, &v),
            Err(_) => full,
        });
    }
    out
}
