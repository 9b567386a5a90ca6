import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stdout.write("stdout write\n")
sys.stderr.write("stderr write\n")
print("partial", end="")
sys.stdout.flush()
print(" line")
print(sys.stdout.encoding.lower().replace("-", ""), sys.stderr.encoding.lower().replace("-", ""))
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
old = sys.stdout
class Upper:
    def write(self, s):
        old.write(s.upper())
    def flush(self):
        pass
sys.stdout = Upper()
print("redirected and uppercased")
sys.stdout = old
print("restored")
print("last line to stderr", file=sys.stderr)
