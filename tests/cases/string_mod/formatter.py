# string.Formatter: format/vformat, parse, get_field, conversions, errors, subclassing.
from string import Formatter

f = Formatter()
print("basic", f.format("{0} {1} {0}", "a", "b"))
print("auto", f.format("{}-{}", 1, 2))
print("named", f.format("{x}/{y!r}/{z!a}/{w!s}", x=1, y="q", z="\u00e9", w=3.5))
print("spec", f.format("[{0:>6}] [{1:^7.2f}] [{2:#x}]", "ab", 3.14159, 255))
print("nested", f.format("{0:{1}{2}}", 42, ">", 8))
print("nested_auto", f.format("{:{}}|", "ab", 5))
print("attr_item", f.format("{0.real} {1[0]} {2[k]} {0.imag}", 3 + 4j, [9], {"k": "v"}))
print("escape", f.format("{{}} {{x}} {0}", 1))
print("vformat", f.vformat("{a}+{0}", (1,), {"a": 2}))
print("weird_mix", f.format("{0.real}{}", 5))

for text in ["plain", "", "a{0}b", "{x!r:>5}", "{{", "}}", "x{0[1]}y{z.w!s}z",
             "{:{}}", "{!a}", "{0:}", "{a[}]:x}"]:
    print("parse", repr(text), list(f.parse(text)))
for text in ["{", "}", "a{b", "{0!}", "{!", "{0!rr}", "{a{b}", "{0:{", "x}y"]:
    try:
        print("parse_err", repr(text), list(f.parse(text)))
    except ValueError as e:
        print("parse_err", repr(text), e)
it = f.parse("ab{0}c}")
print("parse_lazy", next(it))
try:
    next(it)
except ValueError as e:
    print("parse_lazy_err", e)

for text, args, kwargs in [("{}{0}", (1,), {}), ("{0}{}", (1,), {}), ("{2}", (1,), {}),
                           ("{x}", (), {}), ("{0!q}", (1,), {}), ("{0:{1:{2}}}", (1, 2, 3), {}),
                           ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}),
                           ("{0:d}", ("s",), {}), ("{0[}", (1,), {}), ("{0..x}", (1,), {})]:
    try:
        print("err", repr(text), f.format(text, *args, **kwargs))
    except Exception as e:
        print("err", repr(text), type(e).__name__, e)

print("get_field", f.get_field("0.real", (7,), {}), f.get_field("k[1]", (), {"k": "xy"}))
print("get_value", f.get_value(0, ("a",), {}), f.get_value("n", (), {"n": 5}))
print("convert", f.convert_field(1, None), f.convert_field("s", "r"), f.convert_field("\u00e9", "a"))
print("format_field", f.format_field(3.5, "08.3f"))


class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s?>" % key)
        return super().get_value(key, args, kwargs)


print("defaulting", Defaulting().format("{a} {b} {0}", "pos", a="A"))


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError("unused: %s" % sorted(unused, key=str))


try:
    Strict().format("{0} {x}", 1, 2, x=3, y=4)
except ValueError as e:
    print("strict", e)
print("strict_ok", Strict().format("{0}{x}", 1, x=2))


class Upper(Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


print("upper", Upper().format("{0} {1!l}", "mixed Case", "SHOUT"))
print("upper_hex", Upper().format("{0:x}", 255))
