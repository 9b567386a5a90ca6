texts = ["plain", "café", "naïve résumé", "日本語", "emoji 😀", "", "tab\tnewline\n", "\x00\x7f"]
for t in texts:
    u8 = t.encode("utf-8")
    u16 = t.encode("utf-16-le")
    print(repr(t), len(t), len(u8), len(u16), u8.decode() == t, u16.decode("utf-16-le") == t, u8.hex()[:16])
for t in ["abc", "café"]:
    for enc in ["ascii", "latin-1", "utf-8", "utf-32-le"]:
        try:
            b = t.encode(enc)
            print(enc, repr(t), b, b.decode(enc))
        except UnicodeEncodeError as e:
            print(enc, repr(t), type(e).__name__, e.reason, e.start, e.end)
raw = bytes(range(0x7e, 0x86))
print(raw.decode("latin-1"), repr(raw.decode("latin-1")), raw.decode("utf-8", "replace"), raw.decode("ascii", "ignore"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"\xe2\x82\xac".decode(), b"\xf0\x9f\x98\x80".decode())
for bad in [b"\x80", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(bad, e.reason, e.start, e.end)
