balances = {"alice": 100, "bob": 50}

def transfer(src, dst, amount):
    if balances[src] < amount:
        raise ValueError(f"{src} has insufficient funds for {amount}")
    balances[src] -= amount
    balances[dst] += amount

transfer("alice", "bob", 30)
print(balances)
transfer("bob", "alice", 80)
print(balances)
transfer("bob", "alice", 10)
print(balances)
