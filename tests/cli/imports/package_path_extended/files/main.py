import pkg.extra, os
print(os.path.normpath(pkg.extra.__file__) == os.path.abspath('elsewhere/extra.py'))
