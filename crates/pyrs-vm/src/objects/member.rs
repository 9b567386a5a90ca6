//! `member_descriptor`: the descriptor of one `__slots__` name (`C.x` for `__slots__ =
//! ('x',)`), reading and writing slot `index` of instances of its class.

use crate::native::Args;
use crate::object::{MemberData, ObjRef, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.member_descriptor.clone();
    vm.add_methods(
        &t,
        &[
            ("__get__", member_get_method),
            ("__set__", member_set_method),
            ("__delete__", member_delete_method),
        ],
    );
}

/// The instance `o` as one whose slots `m` may address (TypeError otherwise).
fn slots_of<'a>(vm: &Vm, m: &MemberData, o: &'a Value) -> PyResult<&'a crate::object::Instance> {
    if let Some(Payload::Instance(i)) = o.payload() {
        if vm.is_subtype(&i.cls, &m.owner) {
            return Ok(i);
        }
    }
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        m.name,
        type_data(&m.owner).name.borrow(),
        vm.type_name(o)
    )))
}

/// `o.x` for a slot: its value, or AttributeError when unset.
pub fn get(vm: &Vm, m: &MemberData, o: &Value) -> PyResult<Value> {
    let inst = slots_of(vm, m, o)?;
    match inst.slot(m.index) {
        Some(v) => Ok(v),
        None => Err(vm.new_error(
            &vm.exc.attribute_error.clone(),
            format!("'{}' object has no attribute '{}'", vm.type_name(o), m.name),
        )),
    }
}

/// `o.x = v` (`v` Some) or `del o.x` for a slot.
pub fn set(vm: &Vm, m: &MemberData, o: &Value, v: Option<Value>) -> PyResult<()> {
    let inst = slots_of(vm, m, o)?;
    let Some(cell) = inst.slots.get(m.index) else {
        return Ok(());
    };
    match v {
        Some(v) => drop(cell.replace(v)),
        None => {
            let old = cell.replace(Value::Null);
            if old.is_null() {
                return Err(vm.new_error(&vm.exc.attribute_error.clone(), m.name.to_string()));
            }
        }
    }
    Ok(())
}

fn member_of<'a>(vm: &Vm, d: &'a Value, what: &str) -> PyResult<&'a MemberData> {
    match d.payload() {
        Some(Payload::Member(m)) => Ok(m),
        _ => Err(vm.type_error(format!(
            "descriptor '{what}' requires a 'member_descriptor' object but received a '{}'",
            vm.type_name(d)
        ))),
    }
}

fn member_get_method(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [d, o, _owner] = Args::new("__get__", args, kw).positional_only(vm, 2)?;
    let m = member_of(vm, &d, "__get__")?;
    if o.is_none() {
        return Ok(d.clone());
    }
    get(vm, m, &o)
}

fn member_set_method(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [d, o, v] = Args::new("__set__", args, kw).positional_only(vm, 3)?;
    set(vm, member_of(vm, &d, "__set__")?, &o, Some(v))?;
    Ok(Value::None)
}

fn member_delete_method(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [d, o] = Args::new("__delete__", args, kw).positional_only(vm, 2)?;
    set(vm, member_of(vm, &d, "__delete__")?, &o, None)?;
    Ok(Value::None)
}

/// `<member 'x' of 'C' objects>`.
pub fn repr(m: &MemberData) -> String {
    format!(
        "<member '{}' of '{}' objects>",
        m.name,
        type_data(&m.owner).name.borrow()
    )
}

/// `__name__`, `__qualname__`, `__objclass__`, `__doc__` of a member descriptor.
pub fn attr(vm: &Vm, m: &MemberData, owner: &ObjRef, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => vm.new_str(&*m.name),
        "__qualname__" => vm.new_str(format!("{}.{}", type_data(owner).qualname.borrow(), m.name)),
        "__objclass__" => Value::Obj(owner.clone()),
        "__doc__" => Value::None,
        _ => return None,
    })
}
