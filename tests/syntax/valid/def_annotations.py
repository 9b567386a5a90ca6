def f(a: int, b: 'str', c: list[int] = [], *args: tuple, d: dict = {}, **kw: Any) -> None:
    pass

def g() -> Callable[[int, str], Optional[bool]]:
    pass

def h(a: int | None = None) -> 'Forward':
    pass

def i(x: lambda: 0 = 1) -> (yield_ := int):
    pass

def j(*, a: Literal['x', 'y']) -> Tuple[int, ...]:
    pass

x: Final = 1
y: ClassVar[Dict[str, int]] = {}
z: Annotated[int, Field(gt=0)] = 1
