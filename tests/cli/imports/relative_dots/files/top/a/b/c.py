from . import sib
from .sib import S
from .. import NAME as a_name
from ... import NAME as top_name
from ...other import O
from ..b import sib as sib2
from ...a.b.sib import S as S2
print("package", __package__)
print(sib.__name__, S, a_name, top_name, O, sib2 is sib, S2)
