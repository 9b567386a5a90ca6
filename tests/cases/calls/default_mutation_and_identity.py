def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
first = add_item(1)
second = add_item(2)
print(first, second, first is second, add_item.__defaults__)
def with_dict(key, cache={}):
    cache[key] = cache.get(key, 0) + 1
    return cache
with_dict("a"); with_dict("a"); with_dict("b")
print(with_dict.__defaults__)
def kw_default(*, opts={"n": 0}):
    opts["n"] += 1
    return opts["n"]
print(kw_default(), kw_default(), kw_default(opts={"n": 10}), kw_default.__kwdefaults__)
import sys
def default_object(x=object()):
    return x
print(default_object() is default_object(), default_object(1))
counter = iter(range(100))
def evaluated_at_def(v=next(counter)):
    return v
print(evaluated_at_def(), evaluated_at_def(), next(counter))
