settings = ("debug", 1, True)
mode, level, verbose = settings
print(mode, level, verbose)
mode, level = settings
