def dump(obj, indent=0):
    pad = "  " * indent
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"cannot serialize {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                out.append("\\u%04x" % ord(ch) if ord(ch) < 0x10000 else ch.encode("utf-16-be").hex())
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = (",\n").join(pad + "  " + dump(v, indent + 1) for v in obj)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + "  " + dump(k) + ": " + dump(v, indent + 1))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")

doc = {"name": "pyrs", "version": [3, 11], "ok": True, "none": None, "ratio": 0.25,
       "text": 'quote " back \\ nl \n é', "nested": {"empty": [], "e2": {}, "list": [1, [2, [3]]]}}
print(dump(doc))
for bad in [{1: 2}, float("nan"), {"s": {1, 2}}]:
    try:
        dump(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
