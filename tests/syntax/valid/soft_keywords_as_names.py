match = 1
case = 2
_ = 3
match.x
match.x = case
match(x)
match[x]
match[x] = 1
match, case = 1, 2
case(match)
print(match, case, _)
match = re.match(pattern, text)
if match:
    case = match.group(0)
def match(case, _=None):
    return case
class case:
    match = None
_: int = match
match * x
match - 1
match + -case
match[x:y]
match ** 2
match.__class__
match += 1
del match
