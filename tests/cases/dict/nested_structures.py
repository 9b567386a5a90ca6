db = {
    "users": [
        {"id": 1, "name": "ann", "roles": ["admin", "dev"]},
        {"id": 2, "name": "bob", "roles": ["dev"]},
        {"id": 3, "name": "cid", "roles": []},
    ],
    "groups": {"dev": {"lead": 1}, "admin": {"lead": 1}},
}
by_id = {u["id"]: u for u in db["users"]}
print(by_id[2]["name"], [u["name"] for u in db["users"] if "dev" in u["roles"]])
roles = {}
for u in db["users"]:
    for r in u["roles"]:
        roles.setdefault(r, []).append(u["name"])
print(roles)
print({g: by_id[info["lead"]]["name"] for g, info in db["groups"].items()})
db["users"][2]["roles"].append("ops")
db["groups"]["ops"] = {"lead": 3}
print(db["users"][2], sorted(db["groups"]))
def count_leaves(obj):
    if isinstance(obj, dict):
        return sum(count_leaves(v) for v in obj.values())
    if isinstance(obj, list):
        return sum(count_leaves(v) for v in obj)
    return 1
print("leaves", count_leaves(db))
def paths(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from paths(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from paths(v, f"{prefix}[{i}]")
    else:
        yield prefix, obj
for p, v in list(paths(db))[:6]:
    print(p, "=", v)
