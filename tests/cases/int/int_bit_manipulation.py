def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
for n in [0, 1, 255, 256, 2 ** 64 - 1, 12345678901234567890]:
    print(n, popcount(n), n.bit_count(), n.bit_length(), bin(n)[:12])
print([1 << i for i in range(0, 70, 10)])
print([(x >> 3) & 0b111 for x in (0b101101, 0b111000, 0)])
mask = (1 << 16) - 1
print(mask, hex(0xDEADBEEF & mask), hex(0xDEADBEEF >> 16), hex(~0xFF & 0xFFFF))
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(v) for v in (1, 2, 0b10110000, 255)])
print(-1 & 0xFF, -256 & 0xFFFF, (-1) >> 5, -(2 ** 70) >> 68, (2 ** 70) >> 200)
gray = [i ^ (i >> 1) for i in range(8)]
print(gray, [format(g, "03b") for g in gray])
print(0b1111 ^ 0b0101, 6 | 9, 6 & 9, ~6 & 15, 1 << 100 >> 99)
print((123).to_bytes(2, "little") == bytes([123, 0]), int.from_bytes(b"\xff" * 9, "big") == 2 ** 72 - 1)
