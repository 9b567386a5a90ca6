# zipfile: error paths (bad archives, closed files, modes, CRC errors); ends with an uncaught
# BadZipFile for a member whose data was damaged.
import os
import tempfile
import zipfile


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, "->", fn(*args, **kwargs))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


tmp = tempfile.mkdtemp()
paths = []


def make(name, data):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(data)
    paths.append(path)
    return path


attempt("empty", zipfile.ZipFile, make("empty.zip", b""))
attempt("text", zipfile.ZipFile, make("text.zip", b"not a zip at all" * 10))
attempt("mode", zipfile.ZipFile, make("m.zip", b""), "q")
attempt("compression", zipfile.ZipFile, os.path.join(tmp, "c.zip"), "w", 99)
attempt("old date", zipfile.ZipInfo, "x", (1979, 12, 31, 0, 0, 0))
print("exceptions", zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile,
      zipfile.LargeZipFile.__mro__[1].__name__)

good = os.path.join(tmp, "good.zip")
paths.append(good)
with zipfile.ZipFile(good, "w") as zf:
    zf.writestr(zipfile.ZipInfo("data.txt", (2020, 1, 1, 0, 0, 0)), b"precious data")
    zf.writestr(zipfile.ZipInfo("other.txt", (2020, 1, 1, 0, 0, 0)), b"other")
    attempt("read while writing", zf.read, "data.txt")
    attempt("open mode", zf.open, "data.txt", "a")
    attempt("pwd for write", zf.open, "new", "w", pwd=b"x")
    handle = zf.open("streamed", "w")
    attempt("second handle", zf.writestr, "x", b"y")
    handle.write(b"streamed data")
    handle.close()
attempt("write after close", zf.writestr, "late.txt", b"x")
attempt("read after close", zf.read, "data.txt")
print("close twice", zf.close())

with zipfile.ZipFile(good) as zf:
    attempt("write in r mode", zf.writestr, "x", b"y")
    attempt("comment type", setattr, zf, "comment", "text")
    attempt("missing", zf.read, "nope.txt")
    attempt("streamed", zf.read, "streamed")
    info = zf.getinfo("data.txt")
    info.compress_type = 99
    attempt("unknown method", zf.read, info)

raw = bytearray(open(good, "rb").read())
at = raw.find(b"precious")
raw[at] = ord("P")
damaged = make("damaged.zip", bytes(raw))
raw2 = bytearray(open(good, "rb").read())
raw2[0] = ord("Q")
badmagic = make("badmagic.zip", bytes(raw2))
with zipfile.ZipFile(badmagic) as zf:
    attempt("bad local header", zf.read, "data.txt")
    print("other still fine", zf.read("other.txt"))
for p in paths:
    os.remove(p)
with open(damaged, "wb") as f:
    f.write(bytes(raw))
zf = zipfile.ZipFile(damaged)
try:
    print("testzip", zf.testzip())
    print("info still there", zf.getinfo("data.txt").file_size)
    with zf.open("data.txt") as f:
        print("not reached", f.read(4))
finally:
    zf.close()
    os.remove(damaged)
    os.rmdir(tmp)
