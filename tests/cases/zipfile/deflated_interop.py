# zipfile: reading deflated and encrypted archives made by other tools, and writing deflated
# members that read back (compressed sizes are not printed: compressors differ).
import os
import tempfile
import zipfile

cpython_zip = bytes.fromhex(
    "504b0304140000000800c428644e54cfcb06340000003403000008000000706f656d2e7478742bce57c82d4dce"
    "5048492d48cd4b29e62a2dc8cfe3e24a54284a4d5128cf484dcde14a4a2c2aca2fe72a1e5538aa705421482100"
    "504b0304140000000800c428644e6473b9501c000000b80b00000d000000646174612f6e756d732e62696eedc5"
    "b1010030040030b4fc7fb2370cc992c87abf2724499224dd6d01504b0304140000000000c428644e980813300a"
    "0000000a00000009000000706c61696e2e74787473746f726564206f6e65504b01021403140000000800c42864"
    "4e54cfcb063400000034030000080000000000000000000000800100000000706f656d2e747874504b01021403"
    "140000000800c428644e6473b9501c000000b80b00000d000000000000000000000080015a000000646174612f"
    "6e756d732e62696e504b01021403140000000000c428644e980813300a0000000a000000090000000000000000"
    "0000008001a1000000706c61696e2e747874504b05060000000003000300a8000000d20000000000")
encrypted_zip = bytes.fromhex(
    "504b03040a00090000006516795d1103c273170000000b00000005000000732e747874e768bfbd06f89cabe57d"
    "f1559a0fc221a69b32f46c846d504b07081103c273170000000b000000504b01021e030a00090000006516795d"
    "1103c273170000000b000000050000000000000001000000a48100000000732e747874504b0506000000000100"
    "0100330000004a0000000000")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "cpython.zip")
    with open(path, "wb") as f:
        f.write(cpython_zip)
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            print(info, info.date_time, info.CRC)
        poem = zf.read("poem.txt")
        print("poem", len(poem), poem[:40])
        print("nums", zf.read("data/nums.bin")[:10], len(zf.read("data/nums.bin")))
        with zf.open("poem.txt") as f:
            print("open", repr(f), f.readline(), f.readline(), f.read(10))
        print("plain", zf.read("plain.txt"), zf.testzip())

    enc = os.path.join(tmp, "enc.zip")
    with open(enc, "wb") as f:
        f.write(encrypted_zip)
    with zipfile.ZipFile(enc) as zf:
        info = zf.getinfo("s.txt")
        print("encrypted", info.flag_bits, info.file_size, info.compress_size)
        for pwd in (None, b"wrong", b"pass"):
            try:
                print("pwd", pwd, zf.read("s.txt", pwd=pwd))
            except RuntimeError as e:
                print("pwd", pwd, "RuntimeError", e)
        zf.setpassword(b"pass")
        print("setpassword", zf.read("s.txt"))

    out = os.path.join(tmp, "mine.zip")
    text = b"".join(b"record %04d: some repetitive payload\n" % i for i in range(400))
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr(zipfile.ZipInfo("records.txt", (2023, 6, 7, 8, 9, 10)), text, zipfile.ZIP_DEFLATED)
        zf.writestr(zipfile.ZipInfo("tiny", (2023, 6, 7, 8, 9, 10)), b"t", compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr(zipfile.ZipInfo("none", (2023, 6, 7, 8, 9, 10)), b"", compresslevel=1)
        zf.writestr("by name", "default compression from the ZipFile")
        zf.writestr(zipfile.ZipInfo("stored", (2023, 6, 7, 8, 9, 10)), b"kept as is", zipfile.ZIP_STORED)
    with zipfile.ZipFile(out) as zf:
        for info in zf.infolist():
            print(info.filename, info.compress_type, info.file_size, info.CRC, info.date_time[0] >= 2023)
        print("records", zf.read("records.txt") == text, zf.read("tiny"), zf.read("none"), zf.read("by name"))
        print("stored", zf.read("stored"), zf.getinfo("stored").compress_size, zf.testzip())
        with zf.open("records.txt") as f:
            f.seek(len(text) - 20)
            print("seek in deflated", f.read())
print("cleaned", not os.path.exists(tmp))
