# Using a proxy after its referent died raises ReferenceError; left uncaught it ends the
# program.
import weakref

class Session:
    def __init__(self, user):
        self.user = user
    def greet(self):
        return "hello " + self.user

s = Session("ann")
p = weakref.proxy(s, lambda proxy: print("session gone"))
print("while alive:", p.greet(), p.user)
handle = p.greet          # a bound method keeps the session alive
del s
print("still alive through the method:", handle())
del handle
try:
    p.user
except ReferenceError as e:
    print("caught:", type(e).__name__, e)
print("about to use the dead proxy")
print(p.greet())
