#!/usr/bin/env python3
"""Runs the memory-management benchmarks under CPython and pyrs, alternating, and prints the
best wall-clock time and the peak resident memory of each, with pyrs's ratios.

    cargo build --release -p pyrs
    python3 benches/memory/run.py [--repeat 3] [--pyrs PATH] [--python python3]

cycles.py: 10,000,000 two-object cycles dropped at once (only the collector frees them; the
issue 4 goal: pyrs peak under 64 MB, time within 1.5x CPython's). collect_live.py: full
gc.collect() over a million live tracked objects. chain.py: a 10,000,000-node chain freed
without a crash, and the collections a program without cycles runs (its output, the
counts per generation, is printed for both interpreters).
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = ["cycles", "collect_live", "chain"]


def run(argv):
    """Wall-clock seconds, peak RSS in MB and the output of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{' '.join(argv)} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024, out.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--python", default="python3")
    ap.add_argument("--pyrs", default=os.path.join(ROOT, "target", "release", "pyrs"))
    args = ap.parse_args()
    print(f"{'program':<14}{'CPython s':>10}{'pyrs s':>9}{'ratio':>7}{'CPython MB':>12}{'pyrs MB':>9}")
    for name in PROGRAMS:
        path = os.path.join(HERE, name + ".py")
        best = {}
        outputs = {}
        for _ in range(args.repeat):
            for who, exe in (("cpython", args.python), ("pyrs", args.pyrs)):
                t, m, outputs[who] = run([exe, path])
                old = best.get(who)
                best[who] = (min(t, old[0]), max(m, old[1])) if old else (t, m)
        (ct, cm), (pt, pm) = best["cpython"], best["pyrs"]
        print(f"{name:<14}{ct:>10.2f}{pt:>9.2f}{pt / ct:>6.2f}x{cm:>12.1f}{pm:>9.1f}")
        if outputs["cpython"] or outputs["pyrs"]:
            print(f"{'':<14}output: CPython {outputs['cpython']}, pyrs {outputs['pyrs']}")


if __name__ == "__main__":
    main()
