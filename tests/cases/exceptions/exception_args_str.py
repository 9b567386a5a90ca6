cases = [Exception(), Exception("one"), Exception("a", "b"), Exception(None), Exception(1), Exception(""), Exception(["l"]),
         KeyError(), KeyError(""), KeyError("a b"), KeyError(1, 2), KeyError(None), IndexError(5),
         OSError(), OSError("m"), OSError(1, "m", "f"), UnicodeError("u"), StopIteration(None), SystemExit("bye")]
for e in cases:
    print(type(e).__name__, "|", repr(str(e)), "|", repr(e), "|", e.args)
class E(Exception):
    def __init__(self, msg):
        super().__init__(msg, "extra")
        self.msg = msg
e = E("hello")
print(str(e), repr(e), e.args, e.msg)
class NoArgs(Exception):
    def __init__(self):
        pass
n = NoArgs()
print(repr(str(n)), repr(n), n.args)
print(str(BaseException("base")), isinstance(BaseException(), Exception))
