def outer():
    def middle():
        def inner():
            if x:
                for y in z:
                    while w:
                        pass
    return middle
value = 1
class A:
    class B:
        class C:
            def m(self):
                if x:
                    return 1
def after(): pass
