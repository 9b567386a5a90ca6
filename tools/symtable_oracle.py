"""CPython's side of the symbol-table comparison: the dump ``pyrs-symtable`` must reproduce.

``dump_source(source, path, mode="exec")`` runs ``symtable.symtable(source, path, mode)`` (``source`` may be
bytes: coding cookies and BOMs are honoured as ``compile`` does) and prints each scope as
``TYPE NAME LINENO`` (plus `` nested`` for a scope inside a function), its symbols sorted by name as ``NAME: PROPS`` (the ``symtable.Symbol``
predicates that are true, in the order of ``PROPS``), then its children, each level indented by
two more spaces. A rejected source prints ``ExcClass: msg (lineno, offset, end_lineno, end_offset)``.
"""

import symtable

PROPS = [
    "referenced",
    "imported",
    "parameter",
    "global",
    "declared_global",
    "local",
    "annotated",
    "free",
    "assigned",
    "namespace",
    "nonlocal",
]


def dump_table(table):
    out = []
    stack = [(table, 0)]
    while stack:
        t, depth = stack.pop()
        indent = "  " * depth
        nested = " nested" if t.is_nested() else ""
        out.append(f"{indent}{t.get_type()} {t.get_name()} {t.get_lineno()}{nested}")
        for sym in sorted(t.get_symbols(), key=lambda s: s.get_name()):
            props = "".join(" " + p for p in PROPS if getattr(sym, "is_" + p)())
            out.append(f"{indent}  {sym.get_name()}:{props}")
        stack.extend((c, depth + 1) for c in reversed(t.get_children()))
    return "\n".join(out) + "\n"


def dump_source(source, path, mode="exec"):
    try:
        table = symtable.symtable(source, path, mode)
    except SyntaxError as e:
        return (f"{type(e).__name__}: {e.msg} "
                f"({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})\n")
    except (ValueError, RecursionError, MemoryError) as e:
        return f"{type(e).__name__}: {e}\n"
    return dump_table(table)


def code_vars(source, path):
    """Each code object's ``NAME cells=A,B frees=C`` line (sorted names), module first, or
    None when CPython does not compile the source."""
    import types
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            code = compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    out = []
    stack = [code]
    while stack:
        co = stack.pop()
        cells = ",".join(sorted(co.co_cellvars))
        frees = ",".join(sorted(co.co_freevars))
        out.append(f"{co.co_name} cells={cells} frees={frees}")
        stack.extend(c for c in reversed(co.co_consts) if isinstance(c, types.CodeType))
    return "\n".join(out) + "\n"
