try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except KeyboardInterrupt as e:
    print("caught KeyboardInterrupt", repr(e))
print("raising it for real")
raise KeyboardInterrupt("stop")
