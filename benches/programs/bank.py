"""Method calls on objects: a bank simulation with a small class hierarchy (accounts with
overridden methods, super() calls, class attributes, classmethods, staticmethods, properties),
a custom exception raised and caught for refused transactions, and sorting by __lt__.

Money is kept in integer cents. Exercises method dispatch through the MRO, attribute access,
object creation, try/except on a common path and dunder methods (__eq__, __hash__, __lt__,
__repr__, __str__, __len__, __iter__, __contains__).
"""


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %d cannot pay %d" % (account.number, amount))
        self.account = account
        self.amount = amount


class Transaction:
    def __init__(self, kind, amount, balance_after):
        self.kind = kind
        self.amount = amount
        self.balance_after = balance_after


class Account:
    kind = "basic"
    next_number = 1000
    fee = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.number = Account.next_number
        Account.next_number += 1
        self._balance = balance
        self.history = []

    @classmethod
    def open(cls, owner, deposit):
        account = cls(owner)
        account.deposit(deposit)
        return account

    @staticmethod
    def percent(amount, rate_bp):
        """`rate_bp` basis points of `amount`, rounded down."""
        return amount * rate_bp // 10_000

    @property
    def balance(self):
        return self._balance

    def record(self, kind, amount):
        self.history.append(Transaction(kind, amount, self._balance))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.record("deposit", amount)

    def can_pay(self, amount):
        return self._balance >= amount

    def withdraw(self, amount):
        total = amount + self.fee
        if not self.can_pay(total):
            raise InsufficientFunds(self, total)
        self._balance -= total
        self.record("withdraw", total)
        return amount

    def month_end(self):
        pass

    def __len__(self):
        return len(self.history)

    def __iter__(self):
        return iter(self.history)

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    def __hash__(self):
        return hash(self.number)

    def __lt__(self, other):
        return (self._balance, self.number) < (other._balance, other.number)

    def __repr__(self):
        return "%s(%r, #%d, %d)" % (type(self).__name__, self.owner, self.number, self._balance)


class Savings(Account):
    kind = "savings"
    rate_bp = 35  # monthly interest, in basis points

    def month_end(self):
        interest = self.percent(self._balance, self.rate_bp)
        if interest:
            self._balance += interest
            self.record("interest", interest)


class Checking(Account):
    kind = "checking"
    fee = 25
    overdraft = 50_000

    def can_pay(self, amount):
        return self._balance + self.overdraft >= amount

    def month_end(self):
        super().month_end()
        if self._balance < 0:
            charge = 500 + self.percent(-self._balance, 150)
            self._balance -= charge
            self.record("overdraft charge", charge)


class Business(Checking):
    kind = "business"
    fee = 10
    overdraft = 500_000

    def month_end(self):
        super().month_end()
        if len(self.history) > 40:
            self._balance -= 1_000
            self.record("account fee", 1_000)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.refused = 0

    def open(self, cls, owner, deposit):
        account = cls.open(owner, deposit)
        self.accounts[account.number] = account
        return account

    def transfer(self, source, target, amount):
        try:
            paid = source.withdraw(amount)
        except InsufficientFunds as e:
            self.refused += 1
            return e.amount
        target.deposit(paid)
        return 0

    def month_end(self):
        for account in self.accounts.values():
            account.month_end()

    def __contains__(self, account):
        return account.number in self.accounts

    def total(self):
        return sum(a.balance for a in self.accounts.values())


def main():
    Account.next_number = 1000
    bank = Bank("Example Savings & Loan")
    kinds = [Account, Savings, Checking, Business]
    owners = ["Ana", "Ben", "Cho", "Dev", "Eli", "Fin", "Gia", "Hal"]
    accounts = []
    for i in range(400):
        cls = kinds[i % 4]
        accounts.append(bank.open(cls, owners[i % 8] + str(i), 10_000 + (i * 7919) % 90_000))

    seed = 7
    refused_amount = 0
    for month in range(12):
        for _ in range(25_000):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            r = seed >> 8
            source = accounts[r % 400]
            target = accounts[(r >> 9) % 400]
            if source is target:
                continue
            amount = 100 + (r >> 3) % 20_000
            refused_amount += bank.transfer(source, target, amount)
        bank.month_end()

    ranked = sorted(accounts)
    by_kind = {}
    for a in accounts:
        by_kind[a.kind] = by_kind.get(a.kind, 0) + a.balance
    events = {}
    for a in accounts:
        for t in a:
            events[t.kind] = events.get(t.kind, 0) + 1
    unique = len(set(accounts))
    assert accounts[0] in bank and unique == 400
    busiest = max(accounts, key=len)

    print("%s: total %d cents, %d refused (%d cents)"
          % (bank.name, bank.total(), bank.refused, refused_amount))
    print("poorest %r; richest %r" % (ranked[0], ranked[-1]))
    print("by kind: " + ", ".join("%s=%d" % kv for kv in sorted(by_kind.items())))
    print("events: " + ", ".join("%s=%d" % kv for kv in sorted(events.items())))
    print("busiest: #%d with %d transactions" % (busiest.number, len(busiest)))


if __name__ == "__main__":
    main()
