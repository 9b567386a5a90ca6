# A read-only property assigned from deep inside a call chain; the AttributeError is not caught.

class Account:
    def __init__(self, owner, balance):
        self._owner = owner
        self._balance = balance
    @property
    def owner(self):
        return self._owner
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

def deposit(acct, amount):
    acct.balance += amount
    return acct.balance

def rename(acct, name):
    acct.owner = name

a = Account("ann", 10)
print("deposit:", deposit(a, 5))
try:
    deposit(a, -100)
except ValueError as e:
    print(type(e).__name__, e)
print("owner:", a.owner, "balance:", a.balance)
print("renaming...")
rename(a, "bob")
print("unreachable")
