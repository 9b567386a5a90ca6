# cache_from_source / source_from_cache (named with sys.implementation.cache_tag, shown as
# TAG), resolve_name, decode_source, and their errors.
import sys
import importlib.util as util

tag = sys.implementation.cache_tag
n = lambda p: p.replace(tag, "TAG")
print(isinstance(tag, str), tag.endswith("-311"))

for path in ["a.py", "/a/b/c.py", "c", "/a/b.c.py", "foo.pyw", "dir/sub/", "x/__init__.py"]:
    print(repr(path), n(util.cache_from_source(path)), n(util.cache_from_source(path, optimization="")),
          n(util.cache_from_source(path, optimization=2)), n(util.cache_from_source(path, optimization=0)))
for opt in ["x.y", "-", " ", "1a"]:
    try:
        print(n(util.cache_from_source("a.py", optimization=opt)))
    except ValueError as e:
        print("ValueError", e)

good = ["/a/__pycache__/b.%s.pyc" % tag, "/a/__pycache__/b.%s.opt-1.pyc" % tag,
        "__pycache__/b.%s.pyc" % tag, "/a/__pycache__/b.other-999.pyc"]
bad = ["/a/b.pyc", "/a/__pycache__/b.pyc", "/a/__pycache__/b.%s.opt-.pyc" % tag,
       "/a/__pycache__/b.x.y.z.pyc", "/a/__pycache__/b.%s.foo.pyc" % tag]
for path in good + bad:
    try:
        print(repr(util.source_from_cache(path)))
    except ValueError as e:
        print("ValueError", n(str(e)))
print(util.source_from_cache(util.cache_from_source("/p/q/mod.py")))
print(util.source_from_cache(util.cache_from_source("/p/q/mod.py", optimization=1)))

for name, package in [("a", None), ("a.b", "zz"), (".a", "pkg"), ("..a", "pkg.sub"),
                      ("...a", "pkg.sub"), (".a", None), (".a", ""), (".", "p"), ("..", "p.q.r")]:
    try:
        print(repr(name), repr(package), repr(util.resolve_name(name, package)))
    except ImportError as e:
        print(repr(name), repr(package), "ImportError", e)

print(repr(util.decode_source(b"x = 1\r\ny = 2\rz = 3\n")))
print(repr(util.decode_source(b"\xef\xbb\xbfs = 'bom'")))
print(repr(util.decode_source(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n")))
print(repr(util.decode_source(b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\ns = '\xe9'\n")))
print(repr(util.decode_source("é".encode())))
for data in [b"s = '\xe9'\n", b"\n\ns = '\xe9'\n", b"# coding: nosuchcodec\n",
             b"\xef\xbb\xbf# coding: latin-1\n"]:
    try:
        util.decode_source(data)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.reason)
    except SyntaxError as e:
        print("SyntaxError", e)
print(type(util.MAGIC_NUMBER).__name__, len(util.MAGIC_NUMBER), util.MAGIC_NUMBER[2:])
