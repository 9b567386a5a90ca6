lst = [3, 1, 4, 1, 5]
lst.append(9); print("append", lst)
lst.extend([2, 6]); print("extend", lst)
lst.extend("ab"); print("extend str", lst)
lst.insert(0, "first"); lst.insert(-1, "neg"); lst.insert(100, "end"); lst.insert(-100, "start"); print("insert", lst)
print("pop", lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1); print("remove first 1", lst)
print("index", lst.index(1), lst.index(5), lst.index(1, 3) if lst.count(1) > 1 else "single", lst.count(1), lst.count("zz"))
lst2 = [5, 3, 8]
lst2.reverse(); print("reverse", lst2)
c = lst2.copy(); c.append(0); print("copy", lst2, c)
lst2.clear(); print("clear", lst2)
def err(label, fn):
    try:
        fn()
    except (ValueError, IndexError, TypeError) as e:
        print(label, type(e).__name__, e)
err("remove missing", lambda: [1, 2].remove(3))
err("index missing", lambda: [1, 2].index(3))
err("pop empty", lambda: [].pop())
err("pop out of range", lambda: [1].pop(5))
err("getitem", lambda: [1, 2][2])
err("getitem neg", lambda: [1, 2][-3])
err("setitem", lambda: [1].__setitem__(3, 0))
key = "0"
err("str index", lambda: [1][key])
err("extend int", lambda: [].extend(5))
err("insert no args", lambda: [].insert(1))
err("index range", lambda: [1, 2, 3].index(3, 0, 2))
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [[]] * 2, [] * 5)
err("add tuple", lambda: [1] + (2,))
err("mul float", lambda: [1] * 1.0)
nested = [[0] * 2] * 2
nested[0][0] = 1
print("aliasing", nested)
print(len([]), len([None] * 7), [1, 2] == [1, 2], [1, 2] < [1, 2, 0], [2] > [1, 99], [1, [2]] == [1, [2]])
