print("executing pkg/__init__", __name__)
VALUE = 10
