def load(record):
    try:
        return int(record["value"])
    except ValueError as e:
        e.add_note(f"while loading record {record['id']}")
        raise

print(load({"id": 1, "value": "10"}))
print(load({"id": 2, "value": "ten"}))
