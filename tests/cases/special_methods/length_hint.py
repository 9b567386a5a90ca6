# operator.length_hint and __length_hint__: priority, defaults and error messages.
import operator

class Hinted:
    def __init__(self, hint):
        self.hint = hint
    def __length_hint__(self):
        return self.hint
    def __iter__(self):
        return iter(range(3))

class Sized(Hinted):
    def __len__(self):
        return 42

print("hint:", operator.length_hint(Hinted(7)))
print("len wins:", operator.length_hint(Sized(7)))
print("NotImplemented -> default:", operator.length_hint(Hinted(NotImplemented)), operator.length_hint(Hinted(NotImplemented), 9))
print("no hint -> default:", operator.length_hint(object()), operator.length_hint(object(), 5))
print("builtins:", operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(range(10)))
it = iter([1, 2, 3, 4])
next(it)
print("partially consumed:", operator.length_hint(it), it.__length_hint__())
print("reversed hint:", operator.length_hint(reversed([1, 2, 3])), "dict iter:", operator.length_hint(iter({1: 2})))
print("generator (no hint):", operator.length_hint(x for x in [1, 2]), operator.length_hint((x for x in []), 3))
print("list built from hinted iterable:", list(Hinted(1000)), list(Hinted(0)))

for label, obj in [("negative", Hinted(-1)), ("str", Hinted("3")), ("float", Hinted(2.0)), ("none", Hinted(None))]:
    try:
        print(label, operator.length_hint(obj))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
try:
    operator.length_hint([1], "x")
except TypeError as e:
    print("bad default ->", e)

class Raises:
    def __length_hint__(self):
        raise TypeError("hint failed")
try:
    print("TypeError from hint swallowed:", operator.length_hint(Raises()), operator.length_hint(Raises(), 4))
except TypeError as e:
    print("raising hint ->", e)

class LenRaises:
    def __len__(self):
        raise TypeError("len failed")
    def __length_hint__(self):
        return 1
try:
    print("len TypeError propagates?", operator.length_hint(LenRaises()))
except TypeError as e:
    print("len raising ->", e)

class Big:
    def __length_hint__(self):
        return 10 ** 20
try:
    operator.length_hint(Big())
except OverflowError as e:
    print("big ->", type(e).__name__, e)

class ValueRaises:
    def __length_hint__(self):
        raise ValueError("other errors propagate")
try:
    operator.length_hint(ValueRaises())
except ValueError as e:
    print("ValueError ->", e)

class BoolHint:
    def __length_hint__(self):
        return True
print("bool hint:", operator.length_hint(BoolHint()), type(operator.length_hint(BoolHint())).__name__)

class HintedSeq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
    def __length_hint__(self):
        return 100
print("sequence with hint:", list(HintedSeq()), tuple(HintedSeq()))
