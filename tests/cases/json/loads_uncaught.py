# json: a malformed document ends the program with an uncaught JSONDecodeError.
import json

config_text = """{
    "name": "demo",
    "retries": 3,
    "servers": ["a", "b",]
}"""
print("first", json.loads('{"ok": true}'))
try:
    json.loads('{"a": 1,, "b": 2}')
except ValueError as e:
    print("caught", e)
config = json.loads(config_text)
print("not reached", config)
