# json.loads: values, numbers, strings and escapes, whitespace, bytes input, hooks.
import json

docs = ['null', 'true', 'false', '0', '-0', '12', '-7', '1.5', '-0.25', '1e3', '2E-2', '1.5e+2',
        '123456789012345678901234567890', '"text"', '[]', '{}', ' [1, [2, [3]]] ',
        '{"a": {"b": [null]}}', '\t\n\r {"x" : 1 , "y":[ ] }\n', 'NaN', 'Infinity',
        '-Infinity', '"\\u00e9\\n\\t\\"\\\\\\/"', '"\\ud83d\\ude00"', '"\\ud800"',
        '"\\udc00\\ud800x"', '"\\ud83dA"', '"caf\u00e9"', '1E400', '-1e-400', '0.0']
for doc in docs:
    value = json.loads(doc)
    print(repr(doc), "->", repr(value), type(value).__name__)

print("duplicate keys", json.loads('{"a": 1, "b": 2, "a": 3}'))
print("bytes", json.loads(b'{"k": [1, 2]}'), json.loads(bytearray(b'"x"')))
print("utf-16", json.loads('{"\u00e9": 1}'.encode("utf-16")))
print("utf-16-le", json.loads('[1]'.encode("utf-16-le")))
print("utf-32-be", json.loads('[2]'.encode("utf-32-be")))
print("utf-8 bom bytes", json.loads(b'\xef\xbb\xbf[3]'))
print("utf-8", json.loads('"\u4e2d"'.encode("utf-8")))

print("object_hook", json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print("pairs_hook", json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print("pairs beats hook", json.loads('{"a": 1}', object_hook=lambda d: "hook",
                                     object_pairs_hook=lambda p: "pairs"))
print("hook order", json.loads('[{"x": {"y": {}}}]', object_hook=lambda d: len(d)))
print("parse_float", json.loads('[1.10, 2e1, 3]', parse_float=lambda s: "F" + s))
print("parse_int", json.loads('[-10, 1.0]', parse_int=lambda s: int(s) * 100))
print("parse_constant", json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
print("nan is nan", json.loads('NaN') != json.loads('NaN'))
print("strict off", repr(json.loads('"a\tb\nc\x00"', strict=False)))
seen = []


def record(d):
    seen.append(sorted(d))
    return d


json.loads('{"outer": {"inner": {"deep": 1}}, "z": 2}', object_hook=record)
print("hook sequence", seen)
dec = json.JSONDecoder()
print("raw_decode", dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('  [2]', 2))
print("decode", dec.decode(' "s" '))
print("big nesting", json.loads("[" * 50 + "]" * 50) == eval("[" * 50 + "]" * 50))
