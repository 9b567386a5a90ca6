# warnings._processoptions: -W option strings (action:message:category:module:lineno) turned
# into filters, and the messages for options that are not understood (on stderr).
import sys, warnings

class Err:
    def write(self, s):
        print("stderr:", repr(s))
sys.stderr = Err()

print("warnoptions under -I:", sys.warnoptions if hasattr(sys, "warnoptions") else [])
warnings.resetwarnings()
options = [
    "error::DeprecationWarning:mod:12",
    "ignore:hello",
    "always",
    "d",
    "e::UserWarning",
    "all::RuntimeWarning",
    "m:::pkg.sub",
    " once : spaced : ImportWarning : x.y : 7 ",
    "ignore:a.b*c?:Warning",
    "default::builtins.UserWarning",
    "error::warnings.Warning",
    "error::nosuchmodule_zz.Foo",
    "error::int",
    "error::Nonexistent",
    "bogus",
    "E",
    "a:b:c:d:e:f",
    "error:::x:-1",
    "error:::x:seven",
    "",
    ":::",
]
warnings._processoptions(options)
for f in warnings.filters:
    print(f)

warnings.resetwarnings()
warnings._processoptions(["ignore::UserWarning", "error::UserWarning:__main__"])
try:
    warnings.warn("last one wins")
except UserWarning as e:
    print("error from -W:", e)
warnings._processoptions(["ignore:LAST ONE"])
warnings.warn("last one wins again")
print("message option is case-insensitive")
sys.stderr = sys.__stderr__
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings._processoptions(["error:::__main__:54"])
warnings.warn("not line 54")
try:
    warnings.warn("line 54")
except UserWarning as e:
    print("lineno option:", e)
