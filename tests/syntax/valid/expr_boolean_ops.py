a and b
a or b
a and b and c
a or b or c
a and b or c and d
a or b and c
not a
not not a
not a and b
a and not b
(a or b) and c
x = a or b and not c or d
