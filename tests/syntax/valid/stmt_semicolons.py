a = 1; b = 2; c = 3
x = 1;
import os; import sys
if x: a; b; c
for i in y: print(i); continue
del a; del b;
pass; pass
