# string.Template: substitute, safe_substitute, errors, get_identifiers, is_valid, subclasses.
from string import Template

t = Template("$who likes $what")
print("basic", t.substitute(who="tim", what="kung pao"))
print("mapping", t.substitute({"who": "ann", "what": "tea"}))
print("kw_wins", t.substitute({"who": "ann", "what": "tea"}, who="bob"))
print("template_attr", t.template)
print("braced", Template("${noun}ification ${noun}s").substitute(noun="class"))
print("escaped", Template("Cost: $$$amount, $$ and $$$$").substitute(amount=5))
print("values_str", Template("$a $b $c").substitute(a=1, b=[2], c=None))
print("adjacent", Template("$a$b${a}_$b-").substitute(a="A", b="B"))
print("underscore", Template("$_x $x1 ${_}").substitute(_x=1, x1=2, _=3))
print("non_ascii_stop", Template("$caf\u00e9").safe_substitute(caf="X"))

for text in ["$who is $missing", "${broken", "trailing $", "$ space", "$1digit", "${}",
             "${a b}", "line1\nline2 $ bad", "\n\n  $", "ok $$"]:
    tt = Template(text)
    print("safe", repr(tt.safe_substitute(who="W")), tt.is_valid(), tt.get_identifiers())
    try:
        print("strict", repr(tt.substitute(who="W", missing="M", a=1)))
    except (KeyError, ValueError) as e:
        print("strict", type(e).__name__, e)

print("idents", Template("$a ${b} $a $$c ${a} $d").get_identifiers())
try:
    Template("$x").substitute({}, y=1)
except KeyError as e:
    print("missing_chain", repr(e))
try:
    Template("$x").substitute({"x": 1}, {"x": 2})
except TypeError as e:
    print("two_mappings", type(e).__name__)


class Percent(Template):
    delimiter = "%"


p = Percent("%name is %% done: %{pct}%%")
print("percent", p.substitute(name="job", pct=50))
print("percent_ids", p.get_identifiers(), p.is_valid())


class Multi(Template):
    delimiter = "@@"


m = Multi("@@x and @@@@ and @@{y} and @@")
print("multi", m.safe_substitute(x=1, y=2), m.is_valid())


class Lookup(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("missing_hook", Template("$a $b").substitute(Lookup(a="A")))


class Noisy:
    def __getitem__(self, key):
        print("  lookup", key)
        if key == "bad":
            raise KeyError(key)
        return key.upper()


print("custom_mapping", Template("$x ${y} $bad").safe_substitute(Noisy()))
print("cls_attrs", Template.delimiter, Template.braceidpattern)
