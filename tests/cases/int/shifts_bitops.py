print(1 << 0, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 1 >> 100, -5 >> 1)
print((2 ** 100) >> 90, (-(2 ** 100)) >> 99)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(0 << 1000)
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print((2 ** 70 - 1) & 0xFF, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70))
print(-(2 ** 70) & 0xFFFF, ~(2 ** 70))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(bin(0b1010 & 0b0110), hex(0xF0 | 0x0F), oct(0o70 ^ 0o07))
print((1 << 63) - 1 == 9223372036854775807)
print(5 .bit_count(), (-5).bit_count(), (2 ** 100 - 1).bit_count())
