if a:
 x = 1
 if b:
         y = 2
         if c:
          z = 3
 w = 4
def f():
   return 1
class C:
        def m(self):
                pass
        n = 1
for i in r:
  for j in s:
    for k in t:
      pass
while x:
      break
