if x: pass
while x: x -= 1
for i in y: total += i
with a: pass
class C: pass
def f(): return 1
try: pass
except: pass
try: pass
finally: pass
if a: b = 1
else: b = 2
