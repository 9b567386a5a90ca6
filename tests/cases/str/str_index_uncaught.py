header = "name:age:city"
fields = header.split(":")
print(fields)
print(header.index("city"))
print(header.index("country"))
