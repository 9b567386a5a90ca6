import ns.a, ns.b
print(sorted(p.rsplit("/", 2)[-2] for p in ns.__path__))
print(ns.a.__file__)
print(ns.b.__file__)
