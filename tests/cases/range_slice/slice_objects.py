s = slice(2, 8, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(4), slice(-100, 100).indices(7), slice(-2, -1).indices(6))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(range(10))[s], b"0123456789"[s], range(10)[s])
print(data[slice(None, None, -3)], data[slice(-3, None)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print(type(e).__name__, e)

class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[1:2:3], r[:], r[::2], r[1, 2], r[1:2, 3], r[...], r[:, None])
print(r["a":"b"], r[None:None])
class Idx:
    def __index__(self):
        return 3
print(data[Idx():], data[:Idx()], slice(Idx()).indices(10) if False else "skip")
