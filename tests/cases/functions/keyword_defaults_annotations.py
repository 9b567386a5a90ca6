def connect(host: str, port: int = 80, *, timeout: float = 1.5, retries: int = 3) -> str:
    return f"{host}:{port} t={timeout} r={retries}"
print(connect("a"), connect("b", 8080, timeout=0.5), connect(port=1, host="c", retries=0))
print(connect.__annotations__)
print(connect.__defaults__, connect.__kwdefaults__)
def no_ann(a, b=1):
    pass
print(no_ann.__annotations__, no_ann.__kwdefaults__)
def ann_expr(x: 1 + 2, y: "forward" = None) -> [int]:
    pass
print(ann_expr.__annotations__)
x: int
y: str = "set"
print(__annotations__, "x" in globals(), y)
class C:
    a: int
    b: str = "b"
    def m(self, v: "C") -> None:
        pass
print(C.__annotations__, C.m.__annotations__, hasattr(C, "a"))
def f(*args: int, **kwargs: str):
    pass
print(f.__annotations__)
def g():
    local: int = 5
    return local
print(g(), g.__annotations__)
