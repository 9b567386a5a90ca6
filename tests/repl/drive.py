"""Drives an interactive interpreter through a pseudo-terminal and prints what the terminal showed.

Usage: python3 drive.py INTERPRETER KEYS...

Each KEYS argument is written to the terminal after the previous output settles; escapes are
Python string escapes (\\n Enter, \\x03 Ctrl-C, \\x04 Ctrl-D, \\x1b[A up arrow). Prints the
transcript with ANSI control sequences and carriage returns removed, then `exit=N`.
Used by crates/pyrs/tests/repl.rs; run it by hand to see what a session looks like.
"""
import os
import pty
import re
import select
import sys
import time


def read_settled(fd, quiet=0.3, limit=10.0):
    out = b""
    start = time.time()
    while time.time() - start < limit:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    return out


def main():
    interpreter, keys = sys.argv[1], sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(interpreter, [interpreter])
    out = read_settled(fd)
    for k in keys:
        os.write(fd, k.encode().decode("unicode_escape").encode())
        out += read_settled(fd)
    _, status = os.waitpid(pid, 0)
    text = out.decode("utf-8", "replace")
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text).replace("\r", "")
    print(text)
    print("exit=%d" % os.waitstatus_to_exitcode(status))


main()
