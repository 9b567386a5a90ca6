def f(a: AnnA, *, b: AnnB = default_b, **kw: AnnKw) -> AnnRet:
    local: LocalAnn = value
    return local

x: ModuleAnn = 1
y: (lambda: in_annotation)
obj.attr: AttrAnn = 2
seq[0]: ItemAnn

class C:
    attr: AttrAnn
    def m(self) -> C:
        pass
