def a():
    def b():
        def c():
            class D:
                def e(self):
                    def f():
                        return lambda: 0
                    return f
            return D
        return c
    return b

class Outer:
    def method(self):
        class Local:
            attr = [x for x in range(3)]
        return Local
