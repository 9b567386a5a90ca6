# A transaction helper built on @contextmanager; the last rollback error escapes.
from contextlib import contextmanager, suppress

journal = []


class Rollback(Exception):
    pass


@contextmanager
def transaction(name, store):
    snapshot = dict(store)
    journal.append("begin " + name)
    try:
        yield store
    except Rollback as e:
        store.clear()
        store.update(snapshot)
        journal.append("rolled back %s: %s" % (name, e))
    except Exception:
        store.clear()
        store.update(snapshot)
        journal.append("aborted " + name)
        raise
    else:
        journal.append("commit " + name)


store = {"x": 1}
with transaction("t1", store) as s:
    s["y"] = 2
print("after t1", sorted(store.items()))
with transaction("t2", store) as s:
    s["x"] = 100
    raise Rollback("changed my mind")
print("after t2", sorted(store.items()))
with suppress(ZeroDivisionError):
    with transaction("t3", store) as s:
        s["z"] = 1 / 0
print("after t3", sorted(store.items()))
with transaction("outer", store):
    store["o"] = True
    with transaction("inner", store):
        store["i"] = True
        raise Rollback("inner only")
print("after nested", sorted(store.items()))
print("journal", journal)
with transaction("t4", store) as s:
    s["w"] = s["missing"]
