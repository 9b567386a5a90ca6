# zipapp: create_archive from a folder (shebang line, generated __main__.py, filter,
# compression), get_interpreter, copying an archive, and ZipAppError messages.
import os
import tempfile
import zipapp
import zipfile


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def describe(path):
    with zipfile.ZipFile(path) as zf:
        names = sorted(zf.namelist())
        kinds = sorted(set(info.compress_type for info in zf.infolist()))
    with open(path, "rb") as f:
        first = f.read(2)
    return names, kinds, first


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    write(os.path.join(src, "__main__.py"), "import helper\nprint(helper.VALUE)\n")
    write(os.path.join(src, "helper.py"), "VALUE = 42\n")
    write(os.path.join(src, "data", "notes.txt"), "some notes\n")
    out = os.path.join(tmp, "app.pyz")
    zipapp.create_archive(src, out)
    print("plain", describe(out), zipapp.get_interpreter(out))
    with zipfile.ZipFile(out) as zf:
        print("helper", zf.read("helper.py"))

    shebang = os.path.join(tmp, "tool.pyz")
    zipapp.create_archive(src, shebang, interpreter="/usr/bin/env python3", compressed=True)
    print("shebang", describe(shebang), repr(zipapp.get_interpreter(shebang)))
    print("first line", open(shebang, "rb").readline())

    zipapp.create_archive(src, os.path.join(tmp, "filtered.pyz"),
                          filter=lambda p: not str(p).endswith(".txt") and p.name != "data")
    print("filtered", describe(os.path.join(tmp, "filtered.pyz"))[0])

    lib = os.path.join(tmp, "lib")
    write(os.path.join(lib, "pkg", "__init__.py"), "")
    write(os.path.join(lib, "pkg", "cli.py"), "def main():\n    print('cli main')\n")
    zipapp.create_archive(lib, os.path.join(tmp, "cli.pyz"), main="pkg.cli:main")
    with zipfile.ZipFile(os.path.join(tmp, "cli.pyz")) as zf:
        print("generated", sorted(zf.namelist()))
        print(zf.read("__main__.py").decode(), end="")

    copy = os.path.join(tmp, "copy.pyz")
    zipapp.create_archive(shebang, copy, interpreter="/opt/python")
    print("copy", zipapp.get_interpreter(copy), describe(copy)[0] == describe(shebang)[0])
    zipapp.create_archive(copy, os.path.join(tmp, "bare.pyz"))
    print("bare", zipapp.get_interpreter(os.path.join(tmp, "bare.pyz")), describe(os.path.join(tmp, "bare.pyz"))[2])

    default_target = os.path.join(tmp, "src.pyz")
    zipapp.create_archive(src)
    print("default target", os.path.exists(default_target))

    for kwargs in [dict(source=os.path.join(tmp, "missing")), dict(source=src, main="x:y"),
                   dict(source=os.path.join(tmp, "lib")), dict(source=lib, main="pkg.cli"),
                   dict(source=lib, main="1pkg:main"), dict(source=lib, main="pkg:ma-in")]:
        try:
            zipapp.create_archive(target=os.path.join(tmp, "err.pyz"), **kwargs)
        except zipapp.ZipAppError as e:
            print("ZipAppError", e, isinstance(e, ValueError))
print("cleaned", not os.path.exists(tmp))
