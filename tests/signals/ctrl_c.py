"""Interrupts an interpreter with SIGINT at three points (a busy loop, time.sleep, then an
uncaught one) and prints what it printed and its exit status.

Usage: python3 ctrl_c.py INTERPRETER. The program announces each wait on stdout before the
signal is sent, so the test does not depend on timing. Used by crates/pyrs/tests/run_modes.rs.
"""
import signal
import subprocess
import sys

PROGRAM = r'''
import sys, time
def say(s):
    print(s)
    sys.stdout.flush()
try:
    say("looping")
    while True:
        pass
except KeyboardInterrupt:
    say("caught in loop")
try:
    say("sleeping")
    time.sleep(30)
except KeyboardInterrupt:
    say("caught in sleep")
say("looping again")
while True:
    pass
'''

p = subprocess.Popen(
    [sys.argv[1], "-c", PROGRAM],
    stdout=subprocess.PIPE,
    stderr=subprocess.PIPE,
    text=True,
    preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
)
lines = []
for _ in range(3):
    while True:
        line = p.stdout.readline()
        lines.append(line)
        if not line or line.startswith(("looping", "sleeping")):
            break
    p.send_signal(signal.SIGINT)
out, err = p.communicate(timeout=60)
print("".join(lines) + out, end="")
print(err.strip().splitlines()[-1] if err.strip() else "")
print("status", p.returncode)
