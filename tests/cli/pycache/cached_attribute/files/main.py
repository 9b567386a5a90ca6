import importlib.util, os, sys
import m
tag = sys.implementation.cache_tag
cwd = os.getcwd()
def n(p):
    return p.replace(cwd, "CWD").replace(tag, "TAG")
print(n(m.__cached__))
print(n(importlib.util.cache_from_source(os.path.join(cwd, "x.py"))))
print(n(importlib.util.cache_from_source("dir/x.py", optimization=2)))
print(n(importlib.util.source_from_cache("dir/__pycache__/x.%s.pyc" % tag)))
print(tag.endswith("-311"))
