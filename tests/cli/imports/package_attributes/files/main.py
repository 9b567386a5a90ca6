import os, sys
import plain, pkg, pkg.sub, pkg.sub.leaf
tag = sys.implementation.cache_tag
for m in (plain, pkg, pkg.sub, pkg.sub.leaf):
    print("--", m.__name__)
    print("  __package__", repr(m.__package__))
    print("  __file__", m.__file__)
    print("  __path__", getattr(m, "__path__", "-"))
    print("  __cached__", m.__cached__.replace(tag, "TAG"))
    s = m.__spec__
    print("  spec.name", s.name, "parent", repr(s.parent))
    print("  spec.origin", s.origin)
    print("  spec.has_location", s.has_location)
    print("  spec.submodule_search_locations", s.submodule_search_locations)
    print("  spec.cached", s.cached.replace(tag, "TAG"))
    print("  builtins", type(m.__builtins__).__name__, m.__builtins__ is vars(__builtins__))
    print("  doc", m.__doc__)
