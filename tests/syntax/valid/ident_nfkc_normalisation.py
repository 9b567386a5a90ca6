# Identifiers are NFKC-normalised by the parser.
ﬁ = 1
print(fi)
ℌ = 2
𝐱 = 3
ﬀ, ﬂ = 5, 6
def ℎello(ｐarameter):
    return ｐarameter
class Ｃlass:
    ａttr = 1
obj.ﬁeld
import ﬁle
from ﬁle import ｎame as ａlias
Ω = 7  # OHM SIGN, normalised to GREEK CAPITAL LETTER OMEGA
Ω = 8
ｍatch = 9
