# property subclasses: the getter's doc in the instance dict, copies made by calling the subclass.
class MyProp(property):
    "subclass doc"
class S:
    @MyProp
    def thing(self):
        "thing doc"
        return self._v
    @thing.setter
    def thing(self, v):
        self._v = v
    @MyProp
    def nodoc(self):
        return 1
s = S()
s.thing = 5
print(s.thing, type(S.thing).__name__, S.thing.__doc__, S.nodoc.__doc__, S.__dict__["thing"].__dict__)
try:
    s.nodoc = 1
except AttributeError as e:
    print(e)
p2 = MyProp(doc="given")
print(p2.__doc__, MyProp().__doc__)
