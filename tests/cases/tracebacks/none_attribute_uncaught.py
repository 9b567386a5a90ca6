def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u

users = [{"name": "ann", "age": 30}]
print(find_user(users, "ann")["age"])
user = find_user(users, "bob")
print(user.get("age"))
