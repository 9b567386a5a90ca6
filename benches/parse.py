#!/usr/bin/env python3
"""Parse-speed benchmark: pyrs's parser against CPython's, on the host CPython's Lib.

Collects the .py files under the Lib (site-packages excluded) that CPython parses and compiles,
reads them into memory, and measures in one run:

* CPython ``ast.parse`` (``compile(..., ast.PyCF_ONLY_AST)``) over all files, best of 3;
* CPython ``compile(src, path, "exec")`` (parse + compile to bytecode), best of 3;
* pyrs, via ``pyrs-ast --bench --files-from LIST``, which parses every file in-process several
  times and prints ``bytes=<total> seconds=<best total time> files=<n>``.

Then prints the throughput of each in MB/s (10^6 bytes of source per second) and pyrs's speed
relative to ``ast.parse`` and to ``compile`` (above 1.0 means pyrs is faster).

Usage:

    cargo build --release -p pyrs-parser --bin pyrs-ast
    python3 benches/parse.py                      # whole Lib
    python3 benches/parse.py --limit 300          # a quicker, smaller run
    python3 benches/parse.py --pyrs PATH --repeat 5
    python3 benches/parse.py --no-pyrs            # CPython numbers only

Timings are noisy on a shared 2-core machine: compare runs made back to back, and never put
these numbers in tests.
"""

import argparse
import ast
import gc
import os
import signal
import subprocess
import sys
import tempfile
import time
import warnings

sys.dont_write_bytecode = True  # no __pycache__ in the work tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import cpython_oracle as oracle  # noqa: E402


def best_of(repeat, func):
    """The shortest of ``repeat`` timed calls of ``func`` (GC off while timing)."""
    best = None
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            func()
            elapsed = time.perf_counter() - start
        finally:
            gc.enable()
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pyrs", help="the pyrs-ast binary (default: target/release/pyrs-ast "
                        "under the repository root)")
    parser.add_argument("--no-pyrs", action="store_true", help="measure CPython only")
    parser.add_argument("--lib", help="the Lib folder (default: the running python3's)")
    parser.add_argument("--only", help="use only paths containing this substring")
    parser.add_argument("--limit", type=int, help="use at most this many files")
    parser.add_argument("--repeat", type=int, default=3,
                        help="CPython measurements per kind; the best counts (default 3)")
    args = parser.parse_args()

    lib = os.path.abspath(args.lib or oracle.stdlib_dir())
    paths = oracle.collect_py_files(lib)
    if args.only:
        paths = [p for p in paths if args.only in p]

    # Keep only what CPython parses and compiles (a few test files hold deliberate
    # compile-time errors); the benchmark is about the success path.
    sources = []
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compile(data, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            continue
        sources.append((path, data))
        if args.limit is not None and len(sources) >= args.limit:
            break
    if not sources:
        sys.exit("parse.py: no files")
    total = sum(len(d) for _, d in sources)
    print("corpus: %d files, %.2f MB, under %s" % (len(sources), total / 1e6, lib))
    sys.stdout.flush()

    pyrs_result = None
    if not args.no_pyrs:
        pyrs = os.path.abspath(args.pyrs or os.path.join(
            oracle.repo_root(), "target", "release", "pyrs-ast"))
        if not os.access(pyrs, os.X_OK):
            sys.exit("parse.py: no executable pyrs-ast at %s\nbuild it with: cargo build "
                     "--release -p pyrs-parser --bin pyrs-ast (or pass --no-pyrs)" % pyrs)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as lst:
            lst.write("".join(p + "\n" for p, _ in sources))
            lst.flush()
            proc = subprocess.run([pyrs, "--bench", "--files-from", lst.name],
                                  stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit("parse.py: pyrs-ast --bench failed (status %d): %s"
                     % (proc.returncode, proc.stderr.strip()[-500:]))
        fields = {}
        for line in proc.stdout.splitlines():
            if line.startswith("bytes="):
                fields = dict(item.split("=", 1) for item in line.split())
        try:
            pyrs_result = (int(fields["bytes"]), float(fields["seconds"]), int(fields["files"]))
        except (KeyError, ValueError):
            sys.exit("parse.py: cannot read pyrs-ast --bench output: %r" % proc.stdout[-500:])
        if pyrs_result[0] != total or pyrs_result[2] != len(sources):
            print("warning: pyrs-ast measured %d files / %d bytes, expected %d / %d"
                  % (pyrs_result[2], pyrs_result[0], len(sources), total))

    def run_parse():
        for path, data in sources:
            compile(data, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)

    def run_compile():
        for path, data in sources:
            compile(data, path, "exec", dont_inherit=True)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t_parse = best_of(args.repeat, run_parse)
        t_compile = best_of(args.repeat, run_compile)

    def row(name, nbytes, seconds):
        print("%-22s %8.3f s %9.2f MB/s" % (name, seconds, nbytes / 1e6 / seconds))

    print()
    row("CPython ast.parse", total, t_parse)
    row("CPython compile", total, t_compile)
    if pyrs_result is not None:
        nbytes, seconds, _ = pyrs_result
        row("pyrs parse", nbytes, seconds)
        speed = nbytes / seconds
        print()
        print("pyrs vs ast.parse: %.2fx" % (speed / (total / t_parse)))
        print("pyrs vs compile:   %.2fx" % (speed / (total / t_compile)))
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    sys.exit(main())
