def outer():
    total = 0
    def add(n):
        total += n
        return total
    return add

adder = outer()
print("adding")
adder(5)
