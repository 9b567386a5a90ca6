# gc.get_objects() contains tracked objects (membership only) and gc.get_stats() describes
# three generations with fixed keys.
import gc

marker = ["marker list"]
class Obj:
    pass
inst = Obj()

objs = gc.get_objects()
print("list found", any(o is marker for o in objs))
print("instance found", any(o is inst for o in objs))
print("str not found", any(o == "not a container" for o in objs if type(o) is str))
del objs

print("generation arg", type(gc.get_objects(generation=None)).__name__)
for bad in (3, 10):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError", e)

stats = gc.get_stats()
print("stats length", len(stats))
for i, s in enumerate(stats):
    print(i, sorted(s), all(isinstance(v, int) and v >= 0 for v in s.values()))

print("get_count length", len(gc.get_count()))
print("all ints", all(isinstance(n, int) for n in gc.get_count()))
