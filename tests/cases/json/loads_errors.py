# json.loads: JSONDecodeError messages, positions, lineno/colno and other errors.
import json

bad = ['', '   ', 'nul', 'tru', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a" 1}',
       '{"a": 1', '{"a": 1,}', '{"a": 1 "b": 2}', '{1: 2}', "{'a': 1}", '"abc', '"\\', '"\\x"',
       '"\\u12"', '"\\u12g4"', '"\\ud800\\u12"', '"a\x01b"', '"a\nb"', '[1] x', '1 2', '01',
       '-', '-a', '1.', '.5', '1e', '+1', 'NaNa', '[NaN, Inf]', '{"a": [1, {"b": }]}',
       '\ufeff[1]', '[1,\n  2,\n  oops]', '{\n"k":\n}\n', 'true false', '"\\ud800\\udc0"',
       '[-]', '[1.e5]', '{"a":1}}', '[]]', '"\t"', '["\u00e9", x]', '{"\u043a\u043b": 1,}',
       '"\U0001F600', '["a"\n, \u00e9]', '"\\\u00e9"', '"\u20ac\x02"', '[1] \u00e9',
       '"\\ud83d\U0001F600', '{"\u00e9": [1, 2 3]}']
for doc in bad:
    try:
        print("ok?", repr(doc), json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)

try:
    json.loads('{\n  "a": 1,\n  "b": ?\n}')
except json.JSONDecodeError as e:
    print("attrs", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == '{\n  "a": 1,\n  "b": ?\n}')
    print("is ValueError", isinstance(e, ValueError), type(e).__mro__[1].__name__)
    print("args", e.args)
err = json.JSONDecodeError("Custom", "ab\ncd", 4)
print("constructed", err, err.lineno, err.colno)
for value in [None, 5, [1], {"a": 1}]:
    try:
        json.loads(value)
    except TypeError as e:
        print("type", e)
try:
    json.loads("[1]", parse_int=lambda s: int("x"))
except ValueError as e:
    print("hook error", type(e).__name__, e)
try:
    json.JSONDecoder().raw_decode("  1")
except json.JSONDecodeError as e:
    print("raw_decode ws", e)
try:
    json.loads("[1]", strict=True, bogus=1)
except TypeError as e:
    print("bad kwarg", e)
