try:
    raise ValueError("line one\nline two")
except ValueError as e:
    print(repr(str(e)), str(e).splitlines())
print(repr(str(KeyError("a\nb"))), repr(str(RuntimeError("tab\there"))))
problems = ["missing name", "age must be positive", "email invalid"]
print(len(problems), "problems")
raise ValueError("validation failed:\n" + "\n".join("  - " + p for p in problems))
