import sys
print(sys.flags.no_site, "site" in sys.modules)
import builtins
print(hasattr(builtins, "exit"), hasattr(builtins, "copyright"))
exit(3)
