# A finalizer that stores its object in a global resurrects the whole cycle: the objects stay
# usable, and their attributes are intact.
import gc

saved = None

class Phoenix:
    def __init__(self, label):
        self.label = label
        self.data = [1, 2, 3]
    def __del__(self):
        global saved
        print("finalizing", self.label)
        saved = self

class Friend:
    def __init__(self):
        self.items = {"k": "v"}

gc.disable()
p = Phoenix("bird")
f = Friend()
p.friend = f
f.owner = p
del p, f
gc.collect()
print("saved label", saved.label)
print("saved data", saved.data)
print("friend items", saved.friend.items)
print("cycle intact", saved.friend.owner is saved)
print("is_finalized", gc.is_finalized(saved))

# Drop it again: no second __del__, and now it goes away.
saved = None
gc.collect()
print("saved after second drop", saved)

# Resurrecting a plain list cycle member through a __del__ of another member.
holder = []
class Grab:
    def __del__(self):
        print("grab finalizer sees list of", len(self.lst))
        holder.append(self.lst)
lst = [1, 2]
g = Grab()
g.lst = lst
lst.append(g)
del lst, g
gc.collect()
print("holder", len(holder), holder[0][:2], type(holder[0][2]).__name__)
gc.enable()
