#!/usr/bin/env python3
"""Compares two pyrs builds and CPython on benches/programs/ by user CPU time.

Wall-clock times on a shared VM swing by 10% between identical runs (kernel time for page
faults, a noisy neighbour); the user time of the child process is steadier. Each program
runs under every interpreter in turn, ``--repeat`` times, and the minimum user time of each
is kept. The table gives both builds' ratios to CPython and the geometric means, so a change
is judged against a baseline measured in the same minutes.

Usage:

    git worktree add /tmp/base REV
    CARGO_TARGET_DIR=/tmp/base-target cargo build --release -p pyrs --manifest-path /tmp/base/Cargo.toml
    python3 benches/compare.py --base /tmp/base-target/release/pyrs [--repeat 3] [--only fib]

``--new`` defaults to target/release/pyrs in this repository. Outputs are not checked here
(benches/run.py does that); never put these numbers in tests.
"""

import argparse
import math
import os
import resource
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")


def user_time(argv):
    """The user CPU seconds of running argv to completion (output discarded)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    subprocess.run(argv, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="the baseline pyrs binary")
    ap.add_argument("--new", default=os.path.join(ROOT, "target", "release", "pyrs"),
                    help="the pyrs binary to judge (default: this repository's release build)")
    ap.add_argument("--python", default="python3", help="the CPython to compare with")
    ap.add_argument("--repeat", type=int, default=3, help="runs per program and interpreter")
    ap.add_argument("--only", action="append", default=[],
                    help="only programs whose name contains this (repeatable)")
    opts = ap.parse_args()

    names = sorted(n[:-3] for n in os.listdir(PROGRAMS)
                   if n.endswith(".py") and not n.startswith("_"))
    if opts.only:
        names = [n for n in names if any(o in n for o in opts.only)]
    interpreters = [("base", opts.base), ("new", opts.new), ("python", opts.python)]
    best = {}
    for _ in range(opts.repeat):
        for name in names:
            script = os.path.join(PROGRAMS, name + ".py")
            for key, exe in interpreters:
                t = user_time([exe, script])
                best[name, key] = min(best.get((name, key), float("inf")), t)

    print("%-16s %8s %8s %8s %9s %9s" % ("program", "base s", "new s", "python s",
                                         "base/py", "new/py"))
    ratios = {"base": [], "new": []}
    for name in names:
        py = best[name, "python"]
        row = [best[name, "base"], best[name, "new"], py]
        for key in ratios:
            ratios[key].append(best[name, key] / py)
        print("%-16s %8.2f %8.2f %8.2f %8.2fx %8.2fx" % (
            name, *row, ratios["base"][-1], ratios["new"][-1]))
    print("geometric mean of user-time ratios: base %.3fx, new %.3fx"
          % (geomean(ratios["base"]), geomean(ratios["new"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
