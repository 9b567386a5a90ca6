s = list(range(10))
cases = [(None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None), (1, 8, 3), (8, 1, -3),
         (None, None, -1), (-1, -11, -1), (100, None, None), (None, 100, None), (-100, 100, 2), (5, 5, None), (7, 2, None), (None, None, 4)]
for start, stop, step in cases:
    sl = slice(start, stop, step)
    print(f"{str(sl):25} list={s[sl]} str={'abcdefghij'[sl]!r} tuple_len={len(tuple(s)[sl])} indices={sl.indices(10)}")
b = bytearray(b"0123456789")
print(b[2:8:2], b[::-1][:3], memoryview(b)[1:3].tobytes())
