class Base:
    pass

class C(Base, metaclass=Meta, flag=True):
    attr = 1
    other = attr + 1
    def method(self):
        return attr
    def uses_super(self):
        return super().method()
    def uses_class_cell(self):
        return __class__
    @staticmethod
    def static():
        return C
    @property
    def prop(self):
        return self._x

def factory(v):
    class Local:
        value = v
        def get(self):
            return v
        def shadowed(self):
            return value
    return Local

def class_binding_free():
    x = 1
    class K:
        x = 2
        def m(self):
            return x
    return K

def class_global():
    g = 1
    class K:
        global g
        def m(self):
            return g
    return K

class Outer:
    class Inner:
        def m(self):
            return super()
    def m(self):
        class InMethod:
            pass
        return InMethod

class top:
    a = 1
    def top(self):
        b = 1
        return b
