# More than fifteen sub-exceptions: the traceback display truncates; the group still escapes.

def parse_all(items):
    errors = []
    values = []
    for item in items:
        try:
            values.append(int(item))
        except ValueError as e:
            errors.append(e)
    return values, errors

items = [str(i) if i % 3 else f"bad{i}" for i in range(52)]
values, errors = parse_all(items)
print("parsed:", len(values), "failed:", len(errors))
print("first errors:", [str(e) for e in errors[:2]])
group = ExceptionGroup("parse errors", errors)
print("str:", group)
print("subgroup by message:", len(group.subgroup(lambda e: isinstance(e, ValueError) and "bad1" in str(e)).exceptions))
short, rest = group.split(lambda e: isinstance(e, ValueError) and len(str(e)) < 47)
print("split by message length:", len(short.exceptions), len(rest.exceptions))
print("leaf order kept:", [str(e)[-6:] for e in short.exceptions[:3]])
try:
    raise group
except* ValueError as handled:
    print("handled all", len(handled.exceptions), "and handled is a copy:", handled is not group)
group.add_note("input had 52 items")
raise group
