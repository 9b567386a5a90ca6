import sys
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.get_int_max_str_digits())
ok = int("9" * 4300)
print("4300 digits ok", len(str(ok)))
try:
    int("9" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(big)
except ValueError as e:
    print("repr", type(e).__name__)
try:
    print(big)
except ValueError as e:
    print("print", type(e).__name__)
try:
    f"{big}"
except ValueError as e:
    print("fstring", type(e).__name__)
print("hex unlimited", len(hex(big)))
print("int from hex unlimited", int("f" * 5000, 16).bit_length())
print("4299 digits str", len(str(10 ** 4299 - 1)))
sys.set_int_max_str_digits(5000)
print("raised limit", len(str(big)))
sys.set_int_max_str_digits(0)
print("unlimited", len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try:
    int("1" * 641)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(int("1" * 640))))
try:
    eval("1" * 700)
except (ValueError, SyntaxError) as e:
    print("literal", type(e).__name__, e)
