# A validation routine collects errors per record into nested groups and raises them uncaught.

records = [
    {"name": "ann", "age": "31"},
    {"name": "", "age": "x"},
    {"name": "bob", "age": "-4"},
    {"name": "cy", "age": "50"},
]

def check(rec):
    errors = []
    if not rec["name"]:
        errors.append(ValueError("empty name"))
    try:
        age = int(rec["age"])
        if age < 0:
            errors.append(ValueError(f"negative age {age}"))
    except ValueError as e:
        errors.append(e)
    if errors:
        raise ExceptionGroup(f"record {rec['name'] or '?'}", errors)
    return rec["name"]

problems = []
for i, rec in enumerate(records):
    try:
        print("ok:", check(rec))
    except ExceptionGroup as g:
        g.add_note(f"at index {i}")
        problems.append(g)
        print("failed:", g.message, len(g.exceptions))

print("summary:", len(problems), "bad records")
try:
    raise ExceptionGroup("partial", problems[:1])
except* ValueError as g:
    print("handled a copy:", [str(e) for e in g.exceptions[0].exceptions])
raise ExceptionGroup("validation failed", problems)
