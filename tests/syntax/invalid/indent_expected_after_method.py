class C:
    def f(self):
        pass
    @property
    def g(self):
    return 1
