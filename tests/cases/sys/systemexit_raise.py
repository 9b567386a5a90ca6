for code in [0, 3, "msg", None, (1, 2)]:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code), e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print("raising SystemExit(42)")
raise SystemExit(42)
