class AppError(Exception):
    """Base for app errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class NotFound(AppError):
    def __str__(self):
        return "custom str: " + ", ".join(map(str, self.args))

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"

try:
    raise ValidationError("email", "missing @")
except AppError as e:
    print(type(e).__name__, e, e.field, e.args, isinstance(e, Exception))

try:
    raise NotFound("user", 42)
except AppError as e:
    print(e, repr(e), e.args)

print(repr(WithRepr("x")), str(WithRepr("x")))
print(AppError.__doc__, AppError.__mro__[1].__name__)

class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = NoSuperInit(1, 2)
print(e.args, str(e), repr(e))

class KwOnly(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
try:
    raise KwOnly(code=404)
except KwOnly as e:
    print(e.code, e.args)

class Retry(Exception):
    count = 0
def flaky():
    Retry.count += 1
    if Retry.count < 3:
        raise Retry(f"attempt {Retry.count}")
    return "succeeded on attempt " + str(Retry.count)
for _ in range(5):
    try:
        print(flaky())
        break
    except Retry as e:
        print("retrying after", e)

class MyKeyError(KeyError):
    pass
try:
    {}["x"]
except MyKeyError:
    print("wrong")
except KeyError as e:
    print("plain KeyError not caught by subclass handler", repr(e))
print(str(MyKeyError("quoted")), repr(MyKeyError("q")))
