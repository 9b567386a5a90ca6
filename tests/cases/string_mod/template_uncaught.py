# Building a report with string.Template; a placeholder missing from the data escapes.
from string import Template, capwords

row = Template("${name}: $count item(s) at $$${price} each")
items = [
    {"name": "apple", "count": 3, "price": "0.50"},
    {"name": "pear", "count": 1, "price": "0.75"},
    {"name": "fig", "count": 12, "price": "0.20"},
]
for item in items:
    print(row.substitute(item))
total = sum(i["count"] * float(i["price"]) for i in items)
footer = Template("Total for $who: $$$total")
print(footer.substitute(who=capwords("the customer"), total="%.2f" % total))
partial = footer.safe_substitute(total="1.00")
print("partial", partial)
print("partial_again", Template(partial).safe_substitute(who="me"))
print("identifiers", row.get_identifiers(), footer.is_valid())
broken = Template("Dear $name, your order $id ships ${when")
print("broken_valid", broken.is_valid())
print("broken_safe", broken.safe_substitute(name="Ann", id=7))
try:
    broken.substitute(name="Ann", id=7)
except ValueError as e:
    print("broken_error", e)
letter = Template("Dear $name,\nYour order $order_id ships on $date.\n")
print(letter.substitute(name="Bob", order_id=42, date="Monday"), end="")
print(letter.substitute({"name": "Eve", "order_id": 43}, data="Tuesday"))
