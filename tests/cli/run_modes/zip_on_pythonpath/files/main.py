import os
import zmod, zpkg.inner
cwd = os.getcwd()
print(zmod.Z, zmod.__file__.replace(cwd, "CWD"))
print(zpkg.inner.I, zpkg.__file__.replace(cwd, "CWD"), [p.replace(cwd, "CWD") for p in zpkg.__path__])
