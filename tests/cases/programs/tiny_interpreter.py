def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in "+-*/()=":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.t, self.i, self.env = tokens, 0, env
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.atom()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            r = self.atom()
            v = v * r if op == "*" else v // r
        return v
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if val not in self.env:
                raise NameError(f"undefined variable {val!r}")
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        if (kind, val) == ("op", "-"):
            return -self.atom()
        raise SyntaxError(f"unexpected token {val!r}")

def run(lines):
    env = {}
    for line in lines:
        try:
            toks = tokenize(line)
            if len(toks) > 2 and toks[1] == ("op", "="):
                env[toks[0][1]] = Parser(toks[2:], env).expr()
                print(f"{toks[0][1]} = {env[toks[0][1]]}")
            else:
                print(Parser(toks, env).expr())
        except (SyntaxError, NameError, ZeroDivisionError) as e:
            print("error:", type(e).__name__, e)
    return env

env = run(["x = 6", "y = x * (x + 1)", "y / 4", "-x + 100", "z + 1", "10 / (x - 6)", "3 $ 4", "(1 + 2", "2 * 3 + 4 * 5"])
print(sorted(env.items()))
