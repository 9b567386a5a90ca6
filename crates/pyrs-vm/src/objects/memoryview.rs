//! `memoryview` over bytes and bytearray: views, slices sharing the buffer, exports.

mod methods;

use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    /// Live exports of each bytearray (keyed by the address of its contents' cell): a
    /// bytearray with exports cannot change size.
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

/// The export key of a bytearray value (`None` for other objects).
fn export_key(v: &Value) -> Option<usize> {
    match v.payload() {
        Some(Payload::ByteArray(b)) => Some(b as *const RefCell<Vec<u8>> as usize),
        _ => None,
    }
}

/// One export of an object's buffer, shared by a memoryview and the views sliced from it;
/// the export ends when the last of them is released or dropped.
#[derive(Debug)]
struct Buffer {
    obj: Value,
}

impl Buffer {
    fn new(obj: Value) -> Rc<Buffer> {
        if let Some(k) = export_key(&obj) {
            let _ = EXPORTS.try_with(|e| *e.borrow_mut().entry(k).or_insert(0) += 1);
        }
        Rc::new(Buffer { obj })
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        if let Some(k) = export_key(&self.obj) {
            let _ = EXPORTS.try_with(|e| {
                if let Ok(mut m) = e.try_borrow_mut() {
                    if let Some(n) = m.get_mut(&k) {
                        *n -= 1;
                        if *n == 0 {
                            m.remove(&k);
                        }
                    }
                }
            });
        }
    }
}

/// `BufferError` unless bytearray `b` may change its size to `new_len` (it can't while a
/// memoryview exports it).
pub(crate) fn check_resize(vm: &Vm, b: &RefCell<Vec<u8>>, new_len: usize) -> PyResult<()> {
    if b.try_borrow().map(|v| v.len() == new_len).unwrap_or(false) {
        return Ok(());
    }
    let k = b as *const RefCell<Vec<u8>> as usize;
    let exported = EXPORTS
        .try_with(|e| e.borrow().get(&k).copied().unwrap_or(0) > 0)
        .unwrap_or(false);
    if exported {
        return Err(vm.new_error(
            &vm.exc.buffer_error.clone(),
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

/// A memoryview's state: the export it reads through (`None` once released) and its window
/// (`len` bytes at `start`, `start + step`, ...).
#[derive(Debug)]
pub struct MemoryView {
    buf: RefCell<Option<Rc<Buffer>>>,
    start: usize,
    step: isize,
    len: usize,
    readonly: bool,
}

impl MemoryView {
    /// The position in the underlying object of item `i`.
    fn pos(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    fn buffer(&self) -> Option<Rc<Buffer>> {
        self.buf.borrow().clone()
    }

    /// The viewed bytes (`None` once released).
    pub(crate) fn to_vec(&self) -> Option<Vec<u8>> {
        let buf = self.buffer()?;
        let pick = |d: &[u8]| -> Vec<u8> {
            (0..self.len)
                .map(|i| d.get(self.pos(i)).copied().unwrap_or(0))
                .collect()
        };
        Some(match buf.obj.payload() {
            Some(Payload::Bytes(b)) => pick(b),
            Some(Payload::ByteArray(b)) => match b.try_borrow() {
                Ok(d) => pick(&d),
                Err(_) => vec![0; self.len],
            },
            _ => vec![0; self.len],
        })
    }

    /// Item `i` (in range).
    fn get(&self, buf: &Buffer, i: usize) -> u8 {
        let p = self.pos(i);
        match buf.obj.payload() {
            Some(Payload::Bytes(b)) => b.get(p).copied().unwrap_or(0),
            Some(Payload::ByteArray(b)) => b
                .try_borrow()
                .ok()
                .and_then(|d| d.get(p).copied())
                .unwrap_or(0),
            _ => 0,
        }
    }

    /// Writes bytes at items `first, first + 1, ...` (a writable view's bytearray).
    fn put(&self, buf: &Buffer, first: usize, step: isize, data: &[u8]) {
        if let Some(Payload::ByteArray(b)) = buf.obj.payload() {
            if let Ok(mut d) = b.try_borrow_mut() {
                for (k, x) in data.iter().enumerate() {
                    let i = (first as isize + k as isize * step) as usize;
                    let p = self.pos(i);
                    if let Some(slot) = d.get_mut(p) {
                        *slot = *x;
                    }
                }
            }
        }
    }

    /// A view of items `first, first + step, ...` (`len` of them) of this view.
    fn subview(&self, buf: Rc<Buffer>, first: usize, step: isize, len: usize) -> MemoryView {
        MemoryView {
            buf: RefCell::new(Some(buf)),
            start: if len == 0 {
                self.start
            } else {
                self.pos(first)
            },
            step: self.step * step,
            len,
            readonly: self.readonly,
        }
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    vm.add_staticmethods(&t, &[("__new__", memoryview_new)]);
    methods::init(vm, &t);
    if let Payload::Dict(d) = &vm.builtins.payload {
        d.set_str(vm.intern("memoryview"), Value::Obj(t));
    }
}

/// The view a memoryview method is called on.
fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a MemoryView> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::MemoryView(m)) => Ok(m),
        _ => match args.first() {
            None => Err(vm.type_error(format!(
                "unbound method memoryview.{name}() needs an argument"
            ))),
            Some(v) => Err(vm.type_error(format!(
                "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))),
        },
    }
}

#[cold]
fn released(vm: &Vm) -> crate::PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The export of a view that is not released.
fn live(vm: &Vm, m: &MemoryView) -> PyResult<Rc<Buffer>> {
    m.buffer().ok_or_else(|| released(vm))
}

/// A new memoryview of a bytes-like object.
pub(crate) fn new_view(vm: &Vm, obj: &Value) -> PyResult<Value> {
    let view = match obj.payload() {
        Some(Payload::Bytes(b)) => MemoryView {
            buf: RefCell::new(Some(Buffer::new(obj.clone()))),
            start: 0,
            step: 1,
            len: b.len(),
            readonly: true,
        },
        Some(Payload::ByteArray(b)) => {
            let len = b.try_borrow().map(|d| d.len()).unwrap_or(0);
            MemoryView {
                buf: RefCell::new(Some(Buffer::new(obj.clone()))),
                start: 0,
                step: 1,
                len,
                readonly: false,
            }
        }
        Some(Payload::MemoryView(m)) => {
            let buf = live(vm, m)?;
            m.subview(buf, 0, 1, m.len)
        }
        _ => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(obj)
            )))
        }
    };
    Ok(Value::obj(Payload::memoryview(view)))
}

/// `memoryview(object)`.
fn memoryview_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::str::rest(args);
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            a.len()
        )));
    }
    let [obj] = crate::native::Args::new("memoryview", a, kw).parse(vm, &["object"], 1)?;
    new_view(vm, &obj)
}

/// What a subscript selects: one item or a window (first, step, len).
enum Key {
    Item(usize),
    Window(usize, isize, usize),
}

fn key(vm: &mut Vm, m: &MemoryView, k: &Value) -> PyResult<Key> {
    if matches!(k.payload(), Some(Payload::Slice(_))) {
        let (a, b, s) = super::slice_indices(vm, k, m.len)?;
        let n = super::slice_positions(a, b, s).len();
        return Ok(Key::Window(
            if n == 0 { 0 } else { a as usize },
            s as isize,
            n,
        ));
    }
    if let Some(Payload::Tuple(t)) = k.payload() {
        if t.len() == 1 {
            let k0 = t[0].clone();
            return key(vm, m, &k0);
        }
        return Err(vm.type_error(format!(
            "cannot index 1-dimension view with {}-element tuple",
            t.len()
        )));
    }
    let is_index = match k {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) => true,
            Payload::Instance(_) => vm.lookup_in_type_str(&vm.type_of(k), "__index__").is_some(),
            _ => false,
        },
        _ => false,
    };
    if !is_index {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = match vm.index(k)? {
        Value::Int(i) => i,
        _ => return Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
    };
    match super::norm_index(i, m.len) {
        Some(j) => Ok(Key::Item(j)),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

/// `mv[k]`: an int, or a view sharing the buffer.
pub(crate) fn getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<Value> {
    let Some(Payload::MemoryView(m)) = v.payload() else {
        return Err(vm.type_error("expected a memoryview"));
    };
    let buf = live(vm, m)?;
    if matches!(k.payload(), Some(Payload::Ellipsis)) {
        return Ok(v.clone());
    }
    Ok(match key(vm, m, k)? {
        Key::Item(i) => Value::Int(m.get(&buf, i) as i64),
        Key::Window(first, step, len) => {
            Value::obj(Payload::memoryview(m.subview(buf, first, step, len)))
        }
    })
}

/// `mv[k] = x` on a writable view.
pub(crate) fn setitem(vm: &mut Vm, v: &Value, k: &Value, x: &Value) -> PyResult<()> {
    let Some(Payload::MemoryView(m)) = v.payload() else {
        return Err(vm.type_error("expected a memoryview"));
    };
    let buf = live(vm, m)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    match key(vm, m, k)? {
        Key::Item(i) => {
            let b = match vm.index(x) {
                Ok(Value::Int(b)) => b,
                Ok(_) => -1,
                Err(_) => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
            };
            let b = u8::try_from(b)
                .map_err(|_| vm.value_error("memoryview: invalid value for format 'B'"))?;
            m.put(&buf, i, 1, &[b]);
        }
        Key::Window(first, step, len) => {
            let data = match x.payload() {
                Some(Payload::Bytes(b)) => b.to_vec(),
                Some(Payload::ByteArray(b)) => b.borrow().clone(),
                Some(Payload::MemoryView(o)) => o.to_vec().ok_or_else(|| released(vm))?,
                _ => {
                    return Err(vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_name(x)
                    )))
                }
            };
            if data.len() != len {
                return Err(vm.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            m.put(&buf, first, step, &data);
        }
    }
    Ok(())
}
