a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
*a, = (1, 2)
print(a)
first, *_, last = range(100)
print(first, last)
for x, *rest in [(1, 2, 3), (4,)]:
    print("loop", x, rest)

def check(label, fn):
    try:
        fn()
        print(label, "ok")
    except ValueError as e:
        print(label, type(e).__name__, e)
    except TypeError as e:
        print(label, type(e).__name__, e)

def too_few():
    a, b, c = [1, 2]
def too_many():
    a, b = [1, 2, 3]
def star_too_few():
    a, b, *c = [1]
def not_iterable():
    a, b = 5
def too_many_gen():
    a, b = (i for i in range(5))
def one_to_none():
    () = [1]
check("too few", too_few)
check("too many", too_many)
check("star too few", star_too_few)
check("not iterable", not_iterable)
check("too many gen", too_many_gen)
check("empty target", one_to_none)
print([*"ab", *range(2)], (*"cd",), {*"ee"}, {**{"k": 1}, "j": 2})
x, y = y_x = 1, 2
print(x, y, y_x)
a = b = c = [0]
print(a is b is c)
i, lst = 0, [10, 20]
i, lst[i] = 1, 99
print(i, lst)
