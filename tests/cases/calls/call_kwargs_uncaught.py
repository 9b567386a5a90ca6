def make_user(name, *, email, admin=False):
    return {"name": name, "email": email, "admin": admin}

print(make_user("ann", email="a@x"))
print(make_user("bob", email="b@x", admin=True))
print(make_user("cid", mail="c@x"))
