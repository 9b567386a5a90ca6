def build():
    class Local:
        value = 1 / 0
    return Local


build()
