match(x) if True else y
match (x)
match (x).y
match (x)[0]
match -x
match * x
match
case
print(match(1), case[0])
lst = [match, case, _]
match x:
    case case:
        pass
match match:
    case match:
        pass
match _:
    case _:
        pass
match(match, case=case)
for match in case:
    pass
with match as case:
    pass
import match
from match import case as _
