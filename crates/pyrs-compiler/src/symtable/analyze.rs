//! The second symbol-table pass: resolve every name to local, cell, free or global, walking
//! the scope tree with an explicit stack (CPython's `analyze_block`, without recursion).

use super::flags::*;
use super::hash::NameSet as Names;
use super::{ScopeId, ScopeKind, SymbolScope, SymbolTable, SymtableError};

/// One scope being analysed: what it received from its parent and what it passes down.
struct Frame {
    id: ScopeId,
    /// Names bound in enclosing functions (`None` for the module). Explicit globals are
    /// removed from it while this scope's names are analysed.
    bound: Option<Names>,
    /// Names visible to children as enclosing-function bindings.
    newbound: Names,
    /// Names children see as declared global.
    newglobal: Names,
    /// Free names reported by children, not yet resolved here.
    newfree: Names,
    /// Names free in this scope itself.
    own_free: Names,
    next_child: usize,
}

/// Resolves every symbol of every scope reachable from the module.
pub(super) fn analyze(table: &mut SymbolTable) -> Result<(), SymtableError> {
    let mut stack = vec![open(table, 0, None, Names::default())?];
    while let Some(top) = stack.last_mut() {
        let scope = &table.scopes[top.id];
        if let Some(&child) = scope.children.get(top.next_child) {
            top.next_child += 1;
            let bound = Some(top.newbound.clone());
            let global = top.newglobal.clone();
            let frame = open(table, child, bound, global)?;
            stack.push(frame);
            continue;
        }
        let Some(frame) = stack.pop() else { break };
        let id = frame.id;
        let free = close(table, frame);
        if let Some(parent) = stack.last_mut() {
            parent.newfree.extend(free);
            let child = &table.scopes[id];
            if child.has_free || child.child_free {
                table.scopes[parent.id].child_free = true;
            }
        }
    }
    Ok(())
}

/// Resolves the names of one scope and computes what its children will see.
fn open(
    table: &mut SymbolTable,
    id: ScopeId,
    mut bound: Option<Names>,
    mut global: Names,
) -> Result<Frame, SymtableError> {
    let kind = table.scopes[id].kind;
    let mut newbound = Names::default();
    let mut newglobal = Names::default();
    // A class body's names are invisible to nested functions: what they see is decided
    // before the class's own names are looked at.
    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let mut local = Names::default();
    let mut own_free = Names::default();
    let scope = &mut table.scopes[id];
    for i in 0..scope.symbols.len() {
        let flags = scope.symbols[i].flags;
        let name = scope.symbols[i].name.clone();
        let resolved = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                let msg = format!("name '{name}' is nonlocal and global");
                return Err(error_at_directive(scope, &name, msg));
            }
            global.insert(name.clone());
            if let Some(b) = &mut bound {
                b.remove(&name);
            }
            SymbolScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            let Some(b) = &bound else {
                let msg = "nonlocal declaration not allowed at module level".to_string();
                return Err(error_at_directive(scope, &name, msg));
            };
            if !b.contains(&name) {
                let msg = format!("no binding for nonlocal '{name}' found");
                return Err(error_at_directive(scope, &name, msg));
            }
            scope.has_free = true;
            own_free.insert(name.clone());
            SymbolScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(&name);
            SymbolScope::Local
        } else if bound.as_ref().is_some_and(|b| b.contains(&name)) {
            scope.has_free = true;
            own_free.insert(name.clone());
            SymbolScope::Free
        } else {
            if !global.contains(&name) && scope.nested {
                scope.has_free = true;
            }
            SymbolScope::GlobalImplicit
        };
        scope.symbols[i].scope = resolved;
    }
    if kind == ScopeKind::Class {
        newbound.insert("__class__".into());
    } else {
        if kind == ScopeKind::Function {
            newbound.extend(local);
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global);
    }
    Ok(Frame {
        id,
        bound,
        newbound,
        newglobal,
        newfree: Names::default(),
        own_free,
        next_child: 0,
    })
}

/// After the children: make cells of locals they use, let a class provide `__class__`,
/// record free names passing through, and return the free names the parent must resolve.
fn close(table: &mut SymbolTable, mut frame: Frame) -> Names {
    let scope = &mut table.scopes[frame.id];
    match scope.kind {
        ScopeKind::Function => {
            for sym in &mut scope.symbols {
                if sym.scope == SymbolScope::Local && frame.newfree.remove(&sym.name) {
                    sym.scope = SymbolScope::Cell;
                }
            }
        }
        ScopeKind::Class => {
            if frame.newfree.remove("__class__") {
                scope.needs_class_closure = true;
            }
        }
        ScopeKind::Module | ScopeKind::Annotation => {}
    }
    let mut passing: Vec<&Box<str>> = frame.newfree.iter().collect();
    passing.sort();
    let is_class = scope.kind == ScopeKind::Class;
    for name in passing {
        if let Some(sym) = scope.symbol_mut(name) {
            // A method's free name that the class body also binds (or declares global).
            if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if frame.bound.as_ref().is_some_and(|b| !b.contains(name)) {
            continue; // a global
        }
        scope.set_flags(name, 0);
        if let Some(sym) = scope.symbol_mut(name) {
            sym.scope = SymbolScope::Free;
        }
    }
    frame.own_free.extend(frame.newfree);
    frame.own_free
}

/// An error placed at the first `global`/`nonlocal` statement naming `name` in the scope.
#[cold]
fn error_at_directive(scope: &super::Scope, name: &str, msg: String) -> SymtableError {
    let range = scope
        .directives
        .iter()
        .find(|(n, _)| &**n == name)
        .map_or(scope.range, |(_, r)| *r);
    SymtableError::new(msg, range)
}
