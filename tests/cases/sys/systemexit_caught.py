import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e), e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
try:
    exit(7)
except SystemExit as e:
    print("builtin exit", e.code)
try:
    quit()
except SystemExit as e:
    print("builtin quit", e.code)
def cleanup():
    try:
        sys.exit(9)
    finally:
        print("finally runs during SystemExit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
print("done")
