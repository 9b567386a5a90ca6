# json.dumps: string escaping with and without ensure_ascii (surrogate pairs, controls).
import json

samples = ["plain", 'quote " backslash \\', "tab\tnewline\nreturn\rback\bform\f",
           "\x00\x01\x1f\x7f", "caf\u00e9", "\u4e2d\u6587", "snow \u2603",
           "emoji \U0001F600", "\U00010000\U0010FFFF", "lone \ud800 surrogate",
           "\u2028\u2029", "/slash/", "\x1b[0m"]
for s in samples:
    print("ascii", json.dumps(s))
for s in samples:
    out = json.dumps(s, ensure_ascii=False)
    print("raw", out.encode("utf-8", "backslashreplace"))
print("keys escaped", json.dumps({"\u00e9\n": "\U0001F600"}))
print("keys raw", json.dumps({"\u00e9\n": "v"}, ensure_ascii=False).encode("utf-8"))
print("round trip", all(json.loads(json.dumps(s)) == s for s in samples))
print("round trip raw", all(json.loads(json.dumps(s, ensure_ascii=False)) == s for s in samples))
print("hex is lowercase", json.dumps("\u00ff\uabcd"))
long = "x" * 50 + "\u00e9" + "y" * 50
print("long", json.dumps(long)[45:70])
