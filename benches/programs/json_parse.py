"""An ordinary program: a JSON writer, tokenizer and recursive-descent parser written in
Python, round-tripping generated documents (nested objects and arrays, escaped strings, ints,
floats, true/false/null) and querying the result.

Exercises string scanning character by character, str methods, isinstance dispatch, recursion,
dict and list building, exceptions for malformed input, int() and float() on text.
"""


class ParseError(Exception):
    pass


ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
           "t": "\t"}
REVERSE_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n",
                   "\r": "\\r", "\t": "\\t"}


def dump_string(s):
    out = ['"']
    for ch in s:
        if ch in REVERSE_ESCAPES:
            out.append(REVERSE_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dump(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        out.append(dump_string(value))
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            dump(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(", ")
            first = False
            out.append(dump_string(key))
            out.append(": ")
            dump(item, out)
        out.append("}")
    else:
        raise TypeError("cannot serialise %s" % type(value).__name__)


def dumps(value):
    out = []
    dump(value, out)
    return "".join(out)


def tokenize(text):
    """Yields (kind, value) pairs; kinds are punctuation characters, 'str', 'num', 'lit'."""
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in " \t\r\n":
            i += 1
        elif ch in "{}[],:":
            tokens.append((ch, None))
            i += 1
        elif ch == '"':
            i += 1
            parts = []
            start = i
            while True:
                if i >= n:
                    raise ParseError("unterminated string")
                c = text[i]
                if c == '"':
                    parts.append(text[start:i])
                    i += 1
                    break
                if c == "\\":
                    parts.append(text[start:i])
                    esc = text[i + 1]
                    if esc == "u":
                        parts.append(chr(int(text[i + 2:i + 6], 16)))
                        i += 6
                    elif esc in ESCAPES:
                        parts.append(ESCAPES[esc])
                        i += 2
                    else:
                        raise ParseError("bad escape \\%s at %d" % (esc, i))
                    start = i
                else:
                    i += 1
            tokens.append(("str", "".join(parts)))
        elif ch == "-" or ch.isdigit():
            start = i
            i += 1
            while i < n and (text[i].isdigit() or text[i] in ".eE+-"):
                i += 1
            word = text[start:i]
            if "." in word or "e" in word or "E" in word:
                tokens.append(("num", float(word)))
            else:
                tokens.append(("num", int(word)))
        elif text.startswith("true", i):
            tokens.append(("lit", True))
            i += 4
        elif text.startswith("false", i):
            tokens.append(("lit", False))
            i += 5
        elif text.startswith("null", i):
            tokens.append(("lit", None))
            i += 4
        else:
            raise ParseError("unexpected %r at %d" % (ch, i))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        if self.pos >= len(self.tokens):
            raise ParseError("unexpected end of input")
        return self.tokens[self.pos][0]

    def expect(self, kind):
        token = self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)
        if token[0] != kind:
            raise ParseError("expected %r, got %r" % (kind, token[0]))
        self.pos += 1
        return token[1]

    def value(self):
        kind = self.peek()
        if kind == "{":
            return self.obj()
        if kind == "[":
            return self.array()
        if kind in ("str", "num", "lit"):
            return self.expect(kind)
        raise ParseError("unexpected %r" % kind)

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            key = self.expect("str")
            self.expect(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
            else:
                self.expect("}")
                return result

    def array(self):
        self.expect("[")
        result = []
        if self.peek() == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            if self.peek() == ",":
                self.pos += 1
            else:
                self.expect("]")
                return result


def loads(text):
    parser = Parser(tokenize(text))
    result = parser.value()
    if parser.pos != len(parser.tokens):
        raise ParseError("trailing data")
    return result


class Generator:
    NAMES = ["id", "name", "tags", "price", "stock", "owner", "notes", "active", "ratio"]
    TEXT = ["plain", "with \"quotes\"", "tab\there", "line\nbreak", "caf\u00e9", "back\\slash",
            "snowman \u2603", "", "x" * 12]

    def __init__(self, seed):
        self.seed = seed

    def rand(self, n):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.seed >> 8) % n

    def value(self, depth):
        r = self.rand(10 if depth < 5 else 7)
        if r == 0:
            return None
        if r == 1:
            return self.rand(2) == 1
        if r == 2:
            return self.rand(2_000_000) - 1_000_000
        if r == 3:
            return (self.rand(2_000_000) - 1_000_000) / 64.0
        if r in (4, 5, 6):
            return self.TEXT[self.rand(len(self.TEXT))] + str(self.rand(100))
        if r in (7, 8):
            return {self.NAMES[self.rand(len(self.NAMES))] + str(k): self.value(depth + 1)
                    for k in range(self.rand(6))}
        return [self.value(depth + 1) for _ in range(self.rand(6))]


def count(value, stats):
    kind = type(value).__name__
    stats[kind] = stats.get(kind, 0) + 1
    if isinstance(value, dict):
        for item in value.values():
            count(item, stats)
    elif isinstance(value, list):
        for item in value:
            count(item, stats)


def main():
    gen = Generator(42)
    docs = []
    while len(docs) < 20000:
        doc = gen.value(0)
        if isinstance(doc, (dict, list)) and doc:
            docs.append(doc)
    total_chars = 0
    stats = {}
    for doc in docs:
        text = dumps(doc)
        total_chars += len(text)
        back = loads(text)
        assert back == doc
        assert dumps(back) == text
        count(back, stats)
    errors = 0
    for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '"open', '[1] 2', '{"x": tru}', '"\\q"']:
        try:
            loads(bad)
        except ParseError:
            errors += 1
    sample = loads(dumps(docs[3]))
    print("%d documents, %d characters round-tripped" % (len(docs), total_chars))
    print("values: " + ", ".join("%s=%d" % kv for kv in sorted(stats.items())))
    print("malformed inputs rejected: %d" % errors)
    print("sample: " + dumps(sample)[:70])


if __name__ == "__main__":
    main()
