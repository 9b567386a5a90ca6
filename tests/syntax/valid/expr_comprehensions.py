[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[(x, y) for x in a if x for y in b if y]
{x for x in y}
{k: v for k, v in items}
{k: v for k in a for v in b}
(x for x in y)
[[y for y in x] for x in z]
[x for x, in y]
[x for (x, y) in z]
[x for x in (lambda: y)()]
[x for x in a if (y := x)]
sum(x for x in y)
sum((x for x in y), 0)
{x: [y for y in x] for x in z}
[lambda: x for x in y]
[x for x in y if x if y]
