import os, sys
import m, only2, local
print(m.WHERE, "|", only2.WHERE, "|", local.WHERE)
cwd = os.getcwd()
print([p.replace(cwd, "CWD") for p in sys.path if p.startswith(cwd)])
