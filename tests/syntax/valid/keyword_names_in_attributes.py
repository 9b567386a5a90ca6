obj.match
obj.case
obj._
obj.print
obj.type
x = a.match.case._
f(obj).match = 1
match.match.match
