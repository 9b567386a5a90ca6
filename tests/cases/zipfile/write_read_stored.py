# zipfile: writing stored members with explicit dates gives the same bytes as CPython;
# reading them back (infolist, read, open, printdir, testzip, comments, mode 'a').
import binascii
import os
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "test.zip")
    with zipfile.ZipFile(path, "w") as zf:
        print("repr w", repr(zf).replace(tmp, "TMP"))
        zf.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 2, 3, 4, 6)), b"hello")
        info = zipfile.ZipInfo("sub/\u00e9t\u00e9.txt", (2021, 5, 6, 7, 8, 10))
        info.external_attr = 0o100755 << 16
        zf.writestr(info, "unicode \u2713 text")
        zf.writestr(zipfile.ZipInfo("empty/", (2020, 2, 2, 2, 2, 2)), b"")
        member = zipfile.ZipInfo("notes.txt", (2107, 12, 31, 23, 59, 58))
        member.comment = b"member comment"
        member.extra = b"\x99\x99\x02\x00ab"
        with zf.open(member, "w") as f:
            f.write(b"line one\nline two\n")
            f.write(b"line three")
        zf.comment = b"archive comment"
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(zipfile.ZipInfo("b.bin", (2022, 1, 1, 0, 0, 0)), bytes(range(256)))
    data = open(path, "rb").read()
    print("archive", len(data), binascii.crc32(data), data[:4], data[-17:])

    with zipfile.ZipFile(path) as zf:
        print("repr r", repr(zf).replace(tmp, "TMP"))
        print("names", zf.namelist())
        for info in zf.infolist():
            print(" ", info, info.date_time, info.CRC, info.compress_size, info.header_offset,
                  info.is_dir(), info.comment, info.extra, info.create_system, info.flag_bits)
        print("comment", zf.comment)
        print("read", zf.read("a.txt"), zf.read(zf.getinfo("b.bin"))[:5], zf.read("sub/\u00e9t\u00e9.txt").decode())
        with zf.open("notes.txt") as f:
            print("ext file", repr(f))
            print("readline", f.readline(), f.tell())
            print("read 4", f.read(4), f.seek(-5, 2), f.read(), f.read())
            f.seek(0)
            print("lines", f.readlines())
            print("iter", [line for line in (f.seek(0), f)[1]])
        print("closed", repr(f), f.closed)
        zf.printdir()
        print("testzip", zf.testzip())
        try:
            zf.getinfo("missing.txt")
        except KeyError as e:
            print("KeyError", e)
    print("closed repr", repr(zf))
    print("is_zipfile", zipfile.is_zipfile(path), zipfile.is_zipfile(os.path.join(tmp, "nope")))
    with open(path, "rb") as f:
        print("is_zipfile file obj", zipfile.is_zipfile(f))
print("dir removed", not os.path.exists(tmp))
