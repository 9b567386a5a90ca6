"""Regenerates the .expected files beside each .py from CPython 3.11.

Run from the repository root:  python3 crates/pyrs-compiler/tests/compile_errors/gen.py

Each .expected holds the SyntaxError that `compile(source, path, "exec")` raises:
`Class: msg`, then `lineno offset end_lineno end_offset` (1-based, in UTF-8 bytes for these
compiler errors), then the source line without its newline.
"""
import glob
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(path) == "gen.py":
        continue
    with open(path, encoding="utf-8") as f:
        src = f.read()
    try:
        compile(src, path, "exec")
    except SyntaxError as e:
        text = (e.text or "").rstrip("\n")
        out = f"{type(e).__name__}: {e.msg}\n{e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n{text}\n"
    else:
        sys.exit(f"{path}: compiles without error")
    with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
        f.write(out)
