#!/usr/bin/env python3
"""Execution benchmark: runs each program of benches/programs/ under python3 and under pyrs.

For every program, in the same run, it:

* runs it under CPython (``--python``, default ``python3``) and under pyrs (``--pyrs``),
  alternating the two, ``--repeat`` times each (default 3), timing the wall-clock time of the
  whole process (start-up included) and keeping the BEST (shortest) time of each;
* checks that pyrs exited with status 0 and printed exactly what CPython printed (stdout).
  A pyrs failure is shown as ``n/a (exit N)`` (or ``n/a (timeout)``), wrong output as
  ``wrong output``; neither is timed nor counted in the mean, and the first difference or the
  last line of pyrs's stderr is listed under the table;
* prints a table of program, CPython seconds, pyrs seconds and ratio (pyrs time / CPython time:
  below 1.0 means pyrs is faster), then the geometric mean of the ratios over the programs
  pyrs ran correctly, and the largest ratio.

Usage:

    cargo build --release -p pyrs
    python3 benches/run.py                     # every program, best of 3
    python3 benches/run.py --only fib --only nbody --repeat 5
    python3 benches/run.py --pyrs PATH         # default: target/release/pyrs in the repo
    python3 benches/run.py --no-pyrs           # CPython times only
    python3 benches/run.py --json results.json # also write the results as JSON
    python3 benches/run.py --list              # the program names
    python3 benches/run.py --pyrs python3      # self-test: python3 stands in for pyrs

``--only NAME`` takes a program name (file name without ``.py``) or a part of one, and can be
given several times. Timings are noisy on a shared 2-core machine: compare runs made back to
back, and never put these numbers in tests.
"""

import argparse
import json
import math
import os
import platform
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")

# The floor that issue 3 (core execution) sets, and the project's final target.
FLOOR_MEAN, FLOOR_MAX = 1.5, 3.0
TARGET_MEAN, TARGET_MAX = 0.8, 1.5


def list_programs():
    return sorted(name[:-3] for name in os.listdir(PROGRAMS)
                  if name.endswith(".py") and not name.startswith("_"))


def select(names, only):
    if not only:
        return names
    chosen = []
    for want in only:
        exact = [n for n in names if n == want]
        matches = exact or [n for n in names if want in n]
        if not matches:
            sys.exit("run.py: no program matches %r (have: %s)" % (want, ", ".join(names)))
        chosen.extend(m for m in matches if m not in chosen)
    return [n for n in names if n in chosen]


class Run:
    """One execution of one program: wall time, exit status, output."""

    def __init__(self, argv, timeout):
        start = time.perf_counter()
        try:
            proc = subprocess.run(argv, cwd=ROOT, stdin=subprocess.DEVNULL,
                                  capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            self.seconds = time.perf_counter() - start
            self.status, self.stdout, self.stderr = "timeout", b"", b""
            return
        except OSError as e:
            self.seconds = 0.0
            self.status, self.stdout, self.stderr = "error", b"", str(e).encode()
            return
        self.seconds = time.perf_counter() - start
        self.status = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr

    @property
    def ok(self):
        return self.status == 0

    def failure(self):
        """How this run failed, for the table: 'exit 2', 'timeout', 'signal 11'."""
        if self.status in ("timeout", "error"):
            return self.status
        if self.status < 0:
            return "signal %d" % -self.status
        return "exit %d" % self.status

    def last_stderr_line(self):
        lines = self.stderr.decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else "(no stderr)"


def first_difference(expected, got):
    exp = expected.decode("utf-8", "replace").splitlines()
    out = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp), len(out))):
        e = exp[i] if i < len(exp) else "<end of output>"
        g = out[i] if i < len(out) else "<end of output>"
        if e != g:
            return "line %d: expected %r, got %r" % (i + 1, e[:100], g[:100])
    return "outputs differ (line endings?)"


def measure(name, python, pyrs, repeat, timeout):
    """Times one program under both interpreters; returns a result dict."""
    path = os.path.join(PROGRAMS, name + ".py")
    result = {"program": name, "cpython": None, "pyrs": None, "ratio": None,
              "status": "ok", "note": None, "cpython_runs": [], "pyrs_runs": []}
    expected = None
    pyrs_alive = pyrs is not None
    for _ in range(repeat):
        ref = Run([python, path], timeout)
        if not ref.ok:
            result["status"] = "cpython failed"
            result["note"] = "CPython: %s: %s" % (ref.failure(), ref.last_stderr_line())
            return result
        if expected is None:
            expected = ref.stdout
        elif ref.stdout != expected:
            result["status"] = "cpython not deterministic"
            result["note"] = "CPython printed different output on two runs: " + \
                first_difference(expected, ref.stdout)
            return result
        result["cpython_runs"].append(ref.seconds)

        if not pyrs_alive:
            continue
        got = Run([pyrs, path], timeout)
        if not got.ok:
            result["status"] = "n/a (%s)" % got.failure()
            result["note"] = "pyrs: %s: %s" % (got.failure(), got.last_stderr_line())
            pyrs_alive = False
        elif got.stdout != expected:
            result["status"] = "wrong output"
            result["note"] = "pyrs: " + first_difference(expected, got.stdout)
            pyrs_alive = False
        else:
            result["pyrs_runs"].append(got.seconds)

    result["cpython"] = min(result["cpython_runs"])
    if pyrs is None:
        result["status"] = "not run"
    elif result["status"] == "ok":
        result["pyrs"] = min(result["pyrs_runs"])
        result["ratio"] = result["pyrs"] / result["cpython"]
    else:
        result["pyrs_runs"] = []
    return result


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def print_row(program, cpython, pyrs, ratio):
    print("%-16s %10s %14s %8s" % (program, cpython, pyrs, ratio))
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pyrs", help="the pyrs binary (default: target/release/pyrs under "
                        "the repository root)")
    parser.add_argument("--no-pyrs", action="store_true", help="time CPython only")
    parser.add_argument("--python", default="python3",
                        help="the CPython interpreter to compare with (default: python3)")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="run only this program (or those whose name contains NAME); "
                        "may be repeated")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per program and interpreter; the best counts (default 3)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds before a single run is abandoned (default 120)")
    parser.add_argument("--json", metavar="FILE", help="also write the results to FILE as JSON")
    parser.add_argument("--list", action="store_true", help="list the programs and exit")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    names = list_programs()
    if args.list:
        print("\n".join(names))
        return 0
    names = select(names, args.only)

    pyrs = None
    if not args.no_pyrs:
        pyrs = args.pyrs or os.path.join(ROOT, "target", "release", "pyrs")
        if os.sep not in pyrs:  # a bare command name such as python3: look it up in PATH
            pyrs = shutil.which(pyrs) or pyrs
        pyrs = os.path.abspath(pyrs)
        if not (os.path.isfile(pyrs) and os.access(pyrs, os.X_OK)):
            sys.exit("run.py: no executable pyrs at %s\nbuild it with: cargo build --release "
                     "-p pyrs (or pass --pyrs PATH, or --no-pyrs)" % pyrs)

    version = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    print("CPython %s (%s) vs pyrs (%s); best of %d runs; wall time incl. start-up"
          % (version or "?", args.python, pyrs or "not run", args.repeat))
    if not version.startswith("3.11."):
        print("warning: the reference should be CPython 3.11, not %s" % (version or "unknown"))
    print()
    print_row("program", "CPython s", "pyrs s", "ratio")
    print_row("-" * 16, "-" * 10, "-" * 14, "-" * 8)

    results = []
    for name in names:
        r = measure(name, args.python, pyrs, args.repeat, args.timeout)
        results.append(r)
        cpy = "%.3f" % r["cpython"] if r["cpython"] is not None else "failed"
        if r["ratio"] is not None:
            print_row(name, cpy, "%.3f" % r["pyrs"], "%.2fx" % r["ratio"])
        elif r["status"] == "not run":
            print_row(name, cpy, "-", "-")
        else:
            print_row(name, cpy, r["status"], "-")

    ratios = [r["ratio"] for r in results if r["ratio"] is not None]
    print()
    summary = {"programs": len(results), "ran": len(ratios)}
    if pyrs is None:
        print("pyrs not run (--no-pyrs)")
    elif not ratios:
        print("no program ran correctly under pyrs: no geometric mean")
    else:
        mean = geometric_mean(ratios)
        worst = max((r for r in results if r["ratio"] is not None), key=lambda r: r["ratio"])
        summary.update(geometric_mean=mean, max_ratio=worst["ratio"], max_program=worst["program"])
        print("geometric mean pyrs/CPython over %d of %d programs: %.2fx"
              % (len(ratios), len(results), mean))
        print("largest ratio: %.2fx (%s)" % (worst["ratio"], worst["program"]))
        print("issue 3 floor (mean <= %.1fx, each <= %.1fx): %s; final target (<= %.1fx, <= %.1fx):"
              " %s" % (FLOOR_MEAN, FLOOR_MAX,
                       "met" if mean <= FLOOR_MEAN and worst["ratio"] <= FLOOR_MAX else "not met",
                       TARGET_MEAN, TARGET_MAX,
                       "met" if mean <= TARGET_MEAN and worst["ratio"] <= TARGET_MAX
                       else "not met"))
        if len(ratios) < len(results):
            print("(programs pyrs did not run correctly are left out of the mean)")

    # The notes, with programs that failed the same way (e.g. "execution is not implemented
    # yet") grouped on one line.
    groups = {}
    for r in results:
        if r["note"]:
            path = os.path.join(PROGRAMS, r["program"] + ".py")
            groups.setdefault(r["note"].replace(path, "PROGRAM"), []).append(r["program"])
    if groups:
        print()
        for note, programs in groups.items():
            if len(programs) == 1:
                note = note.replace("PROGRAM", os.path.join(PROGRAMS, programs[0] + ".py"))
            print("%s: %s" % (", ".join(programs), note))

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"python": args.python, "python_version": version, "pyrs": pyrs,
                       "repeat": args.repeat, "statistic": "min",
                       "machine": platform.platform(), "summary": summary,
                       "results": results}, f, indent=2)
            f.write("\n")
    failed_cpython = [r for r in results if r["status"].startswith("cpython")]
    return 1 if failed_cpython else 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    sys.exit(main())
