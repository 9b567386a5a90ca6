//! Coroutines and async generators: the coroutine methods, the awaitables that
//! `__await__`, `__anext__`, `asend`, `athrow` and `aclose` return, and the helpers of the
//! `async for` / `async with` opcodes.
//!
//! Both kinds are generator objects (`Payload::Generator`) told apart by their code flags.
//! An async generator's frame yields for two reasons: `yield x` (`YieldValue(0)`), a value
//! for the consumer, and an `await` inside it (`YieldValue(1)`, in the Send loop), a value
//! for the event loop. The awaitables step the generator and sort the two: the first ends
//! the awaitable (StopIteration(x)), the second passes up unchanged.

use super::generator::{finish, thrown};
use crate::call::GenResult;
use crate::object::{AwaitOp, Generator, IterState, ObjRef, Payload};
use crate::value::Value;
use crate::{PyErr, PyResult, Vm};
use pyrs_compiler::code::flags;
use std::cell::{Cell, RefCell};

pub fn init(vm: &mut Vm) {
    let t = vm.types.coroutine.clone();
    vm.add_methods(
        &t,
        &[
            ("send", super::generator::send),
            ("throw", super::generator::throw),
            ("close", super::generator::close),
            ("__await__", coro_await),
        ],
    );
    let t = vm.types.async_generator.clone();
    vm.add_methods(
        &t,
        &[
            ("__aiter__", aiter_self),
            ("__anext__", anext),
            ("asend", asend),
            ("athrow", athrow),
            ("aclose", aclose),
        ],
    );
    for t in [
        vm.types.coroutine_wrapper.clone(),
        vm.types.async_generator_asend.clone(),
        vm.types.async_generator_athrow.clone(),
        vm.types.anext_awaitable.clone(),
    ] {
        vm.add_methods(
            &t,
            &[
                ("send", awaitable_send),
                ("throw", awaitable_throw),
                ("close", awaitable_close),
                ("__iter__", aiter_self),
                ("__await__", aiter_self),
            ],
        );
    }
}

/// "generator", "coroutine" or "async generator", as CPython's messages name them.
pub fn kind_of(g: &Generator) -> &'static str {
    let f = g.code.code.flags;
    if f & flags::COROUTINE != 0 {
        "coroutine"
    } else if f & flags::ASYNC_GENERATOR != 0 {
        "async generator"
    } else {
        "generator"
    }
}

fn is_async_gen(o: &ObjRef) -> bool {
    matches!(&o.payload, Payload::Generator(g) if g.code.code.flags & flags::ASYNC_GENERATOR != 0)
}

/// The generator object of type `kind` that a method was called on.
fn target<'a>(
    vm: &Vm,
    args: &'a [Value],
    what: &str,
    test: fn(&ObjRef) -> bool,
) -> PyResult<&'a ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if test(o) => Ok(o),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{what}' requires a '{}' object but received a '{}'",
            if what.starts_with('a') {
                "async_generator"
            } else {
                "coroutine"
            },
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!("descriptor '{what}' needs an argument"))),
    }
}

fn new_awaitable(target: &ObjRef, op: AwaitOp, arg: Value) -> Value {
    Value::obj(Payload::iter(IterState::Await {
        target: target.clone(),
        op,
        arg: RefCell::new(arg),
        state: Cell::new(0),
    }))
}

fn aiter_self(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn coro_await(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = target(vm, args, "__await__", |o| {
        matches!(o.payload, Payload::Generator(_))
    })?;
    Ok(new_awaitable(c, AwaitOp::Wrapper, Value::None))
}

fn anext(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = target(vm, args, "__anext__", is_async_gen)?;
    Ok(new_awaitable(g, AwaitOp::ASend, Value::None))
}

fn asend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let g = target(vm, args, "asend", is_async_gen)?;
    let [v] = crate::native::Args::new("asend", &args[1..], kw).positional_only(vm, 1)?;
    Ok(new_awaitable(g, AwaitOp::ASend, v))
}

fn athrow(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let g = target(vm, args, "athrow", is_async_gen)?.clone();
    let exc = thrown(vm, "athrow", &args[1..], kw)?;
    Ok(new_awaitable(&g, AwaitOp::AThrow, Value::Obj(exc)))
}

fn aclose(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = target(vm, args, "aclose", is_async_gen)?;
    Ok(new_awaitable(g, AwaitOp::AClose, Value::None))
}

/// The awaitable a method was called on, with its state.
fn this_awaitable<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<(&'a ObjRef, &'a IterState)> {
    if let Some(Value::Obj(o)) = args.first() {
        if let Payload::Iter(st) = &o.payload {
            if matches!(**st, IterState::Await { .. }) {
                return Ok((o, st));
            }
        }
    }
    Err(vm.type_error("descriptor requires an awaitable of a coroutine or async generator"))
}

fn awaitable_send(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (o, st) = this_awaitable(vm, args)?;
    let [v] = crate::native::Args::new("send", &args[1..], kw).positional_only(vm, 1)?;
    let r = await_step(vm, o, st, None, v);
    finish(vm, r)
}

fn awaitable_throw(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (o, st) = this_awaitable(vm, args)?;
    let exc = thrown(vm, "throw", &args[1..], kw)?;
    let r = await_step(vm, o, st, Some(exc), Value::None);
    finish(vm, r)
}

fn awaitable_close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (_, st) = this_awaitable(vm, args)?;
    if let IterState::Await {
        op, target, state, ..
    } = st
    {
        state.set(2);
        if *op == AwaitOp::Wrapper {
            return vm.gen_close(target);
        }
    }
    Ok(Value::None)
}

/// Whether the generator's last suspension was an `await` inside it (the `YieldValue(1)`
/// of a Send loop), not a `yield`.
fn suspended_in_await(g: &ObjRef) -> bool {
    let Payload::Generator(gen) = &g.payload else {
        return false;
    };
    let saved = gen.frame.borrow();
    saved.as_ref().is_some_and(|sf| {
        sf.frame
            .ip
            .checked_sub(1)
            .and_then(|i| sf.frame.code.code.instrs.get(i))
            == Some(&pyrs_compiler::bytecode::Instr::YieldValue(1))
    })
}

/// One step of an awaitable (`IterState::Await` `st` of object `o`): sends `sent` (or
/// throws `exc`) into its target. `Yield(v)`: `v` goes up to whoever drives the
/// awaitable; `Return(v)`: the awaitable is done with result `v`.
pub fn await_step(
    vm: &mut Vm,
    o: &ObjRef,
    st: &IterState,
    exc: Option<PyErr>,
    sent: Value,
) -> PyResult<GenResult> {
    let _ = o;
    let IterState::Await {
        target,
        op,
        arg,
        state,
    } = st
    else {
        return Err(vm.type_error("not an awaitable"));
    };
    let target = target.clone();
    if *op == AwaitOp::ANextDefault {
        let inner = Value::Obj(target);
        let r = match exc {
            Some(e) => throw_into(vm, &inner, e),
            None => vm.send_to(&inner, sent),
        };
        return match r {
            Err(e) if vm.exc_matches(&e, &vm.exc.stop_async_iteration.clone()) => {
                Ok(GenResult::Return(arg.borrow().clone()))
            }
            r => r,
        };
    }
    if *op == AwaitOp::Wrapper {
        return match exc {
            Some(e) => vm.gen_throw(&target, e),
            None => vm.gen_resume(&target, sent, None),
        };
    }
    if state.get() == 2 {
        let what = if *op == AwaitOp::ASend {
            "cannot reuse already awaited __anext__()/asend()"
        } else {
            "cannot reuse already awaited aclose()/athrow()"
        };
        return Err(vm.new_error(&vm.exc.runtime_error.clone(), what));
    }
    let first = state.get() == 0;
    let finished = matches!(&target.payload, Payload::Generator(g) if g.frame.borrow().is_none());
    if first && finished && *op != AwaitOp::AClose {
        state.set(2);
        return Err(vm.new_exception(&vm.exc.stop_async_iteration.clone(), vec![]));
    }
    state.set(1);
    let r = match (exc, first, *op) {
        (Some(e), _, _) => vm.gen_throw(&target, e),
        (None, true, AwaitOp::ASend) => {
            let v = std::mem::replace(&mut *arg.borrow_mut(), Value::None);
            let v = if sent.is_none() { v } else { sent };
            vm.gen_resume(&target, v, None)
        }
        (None, true, AwaitOp::AThrow) => {
            let e = std::mem::replace(&mut *arg.borrow_mut(), Value::None);
            match e {
                Value::Obj(e) => vm.gen_throw(&target, e),
                _ => vm.gen_resume(&target, sent, None),
            }
        }
        (None, true, _) => {
            if !matches!(&target.payload, Payload::Generator(g) if g.frame.borrow().is_some() && g.started.get())
            {
                // Closing an async generator that never started or already finished.
                state.set(2);
                return Ok(GenResult::Return(Value::None));
            }
            let e = vm.new_exception(&vm.exc.generator_exit.clone(), vec![]);
            vm.gen_throw(&target, e)
        }
        (None, false, _) => vm.gen_resume(&target, sent, None),
    };
    let done = |r| {
        state.set(2);
        r
    };
    match r {
        Ok(GenResult::Yield(v)) if suspended_in_await(&target) => Ok(GenResult::Yield(v)),
        Ok(GenResult::Yield(v)) => {
            if *op == AwaitOp::AClose {
                return done(Err(vm.new_error(
                    &vm.exc.runtime_error.clone(),
                    "async generator ignored GeneratorExit",
                )));
            }
            done(Ok(GenResult::Return(v)))
        }
        Ok(GenResult::Return(_)) => {
            if *op == AwaitOp::AClose {
                return done(Ok(GenResult::Return(Value::None)));
            }
            done(Err(
                vm.new_exception(&vm.exc.stop_async_iteration.clone(), vec![])
            ))
        }
        Err(e) => {
            let closing = *op == AwaitOp::AClose
                && (vm.exc_matches(&e, &vm.exc.generator_exit.clone())
                    || vm.exc_matches(&e, &vm.exc.stop_async_iteration.clone()));
            if closing {
                return done(Ok(GenResult::Return(Value::None)));
            }
            done(Err(e))
        }
    }
}

impl Vm {
    /// `GetAIter`: `o.__aiter__()`, with CPython's errors.
    pub(crate) fn get_aiter(&mut self, o: &Value) -> PyResult<Value> {
        let ty = self.type_of(o);
        let Some(f) = self.lookup_in_type_str(&ty, "__aiter__") else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(o)
            )));
        };
        let it = self.call(&f, std::slice::from_ref(o), &[])?;
        let ity = self.type_of(&it);
        if self.lookup_in_type_str(&ity, "__anext__").is_none() {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement \
                 __anext__: {}",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `GetANext`: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = aiter {
            if is_async_gen(o) {
                return Ok(new_awaitable(o, AwaitOp::ASend, Value::None));
            }
        }
        let ty = self.type_of(aiter);
        let Some(f) = self.lookup_in_type_str(&ty, "__anext__") else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(aiter)
            )));
        };
        let r = self.call(&f, std::slice::from_ref(aiter), &[])?;
        self.get_awaitable(&r).map_err(|_| {
            self.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                self.type_name(&r)
            ))
        })
    }

    /// `BeforeAsyncWith`: `(bound __aexit__, mgr.__aenter__())`.
    pub(crate) fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let ty = self.type_of(mgr);
        let enter = self.lookup_in_type_str(&ty, "__aenter__");
        let exit = self.lookup_in_type_str(&ty, "__aexit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if self.lookup_in_type_str(&ty, "__aenter__").is_none() {
                ""
            } else {
                " (missed __aexit__ method)"
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{missing}",
                self.type_name(mgr)
            )));
        };
        let exit = self.bind(exit, mgr, &ty)?;
        let enter = self.bind(enter, mgr, &ty)?;
        let res = self.call(&enter, &[], &[])?;
        Ok((exit, res))
    }
}

/// `awaitable.throw(exc)` for any awaitable an awaitable drives.
fn throw_into(vm: &mut Vm, aw: &Value, exc: PyErr) -> PyResult<GenResult> {
    if let Value::Obj(o) = aw {
        match &o.payload {
            Payload::Generator(_) => return vm.gen_throw(o, exc),
            Payload::Iter(st) if matches!(**st, IterState::Await { .. }) => {
                return await_step(vm, o, st, Some(exc), Value::None);
            }
            _ => {}
        }
    }
    match vm.call_method(aw, "throw", &[Value::Obj(exc)]) {
        Ok(v) => Ok(GenResult::Yield(v)),
        Err(e) if vm.exc_matches(&e, &vm.exc.stop_iteration.clone()) => Ok(GenResult::Return(
            vm.exc_attr(&e, "value").unwrap_or(Value::None),
        )),
        Err(e) => Err(e),
    }
}

impl Vm {
    /// `anext(it, default)`: an awaitable giving `default` instead of StopAsyncIteration.
    pub(crate) fn anext_with_default(&mut self, it: &Value, default: Value) -> PyResult<Value> {
        let aw = self.get_anext(it)?;
        let Value::Obj(target) = aw else {
            return Err(self.type_error("anext(): invalid awaitable"));
        };
        Ok(new_awaitable(&target, AwaitOp::ANextDefault, default))
    }
}
