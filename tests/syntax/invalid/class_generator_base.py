class C(x for x in bases):
    pass
