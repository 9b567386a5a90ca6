x: int
x: int = 1
(y): str = 'a'
a.b: float
a[0]: list[int] = []
z: 'forward ref'
t: tuple[int, ...] = 1, 2
u: int = yield_from
v: dict[str, list[int]] | None = None
