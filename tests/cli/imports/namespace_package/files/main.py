import ns
print("type of __path__", type(ns.__path__).__name__)
print("__path__", list(ns.__path__))
print("__file__", getattr(ns, "__file__", "missing"))
print("__package__", ns.__package__)
print("spec.origin", ns.__spec__.origin)
print("spec.locations", list(ns.__spec__.submodule_search_locations))
import ns.sub.leaf
print("leaf", ns.sub.leaf.__name__, ns.sub.leaf.__file__)
print("sub path", list(ns.sub.__path__))
try:
    import ns.data
except ImportError as e:
    print(type(e).__name__, e)
