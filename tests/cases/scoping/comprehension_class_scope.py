class Table:
    cols = 3
    header = ["c%d" % i for i in range(3)]
    rows = [[c * 10 for c in range(3)] for _ in range(2)]
    try:
        bad = [cols for _ in range(2)]
    except NameError as e:
        bad = str(e)
    ok = [c for c in header]
    first_iter_ok = [x for x in range(cols)]
print(Table.header, Table.rows, Table.bad, Table.ok, Table.first_iter_ok)
def func():
    size = 2
    class Inner:
        seq = [size * i for i in range(size)]
        gen = list(size for _ in range(3))
    return Inner.seq, Inner.gen
print(func())
x = "module x"
class Shadow:
    x = "class x"
    from_comp = [x for _ in range(1)]
    direct = x
print(Shadow.from_comp, Shadow.direct)
class Lam:
    y = 5
    f = lambda: y if False else "lambda has no class scope"
print(Lam.f())
