"""Docstring first."""
from __future__ import annotations

def f(a: AnnA, *, b: AnnB = default_b) -> AnnRet:
    local: LocalAnn = value
    return local

x: ModuleAnn = 1
y: (lambda: in_annotation)

class C:
    attr: AttrAnn
    def m(self) -> C:
        pass
