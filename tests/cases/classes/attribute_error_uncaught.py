class Inventory:
    def __init__(self):
        self.items = {}
        self.capacity = 10
    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty

inv = Inventory()
inv.add("bolt", 5)
print(inv.items, inv.capacity)
print(inv.capacty)
