print(chr(65), chr(0x263A), chr(0), repr(chr(127)), chr(0x1F40D), ord("A"), ord("☺"), ord("\n"), ord(b"a"), ord(bytearray(b"z")))
print([chr(i) for i in range(97, 103)], [ord(c) for c in "Zz09"])
print(bin(0), bin(1), bin(-1), bin(255), bin(2 ** 65), oct(0), oct(8), oct(-8), hex(0), hex(255), hex(-4096), hex(2 ** 64))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()), chr(I() + 55) if False else "skip")
for fn in (bin, oct, hex):
    try:
        fn(1.5)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
    try:
        fn("1")
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-99), 0))
print(format(10, "b"), format(10, "#010b"), f"{10:o}", f"{-10:#x}", f"{255:X}")
