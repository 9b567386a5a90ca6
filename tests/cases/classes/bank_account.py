class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self._balance * self.interest, 2))

a = Account("ann", 100)
s = Savings("sam", 1000)
a.deposit(50).withdraw(30)
s.add_interest()
print(a, s, a.balance, s.history)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.needed, e.available, e.args)
try:
    a.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.balance = 5
except AttributeError as e:
    print(type(e).__name__, e)
accounts = [a, s, Account("zed", 5)]
print(sorted(accounts, key=lambda x: x.balance), sum(x.balance for x in accounts))
print(max(accounts, key=lambda x: x.balance).owner, [x.interest for x in accounts])
