f(**{"a": 1}, a=2)
f(**None)
