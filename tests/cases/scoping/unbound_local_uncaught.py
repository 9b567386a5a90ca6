total = 10

def add_to_total(n):
    print("adding", n)
    total = total + n
    return total

print("start")
add_to_total(5)
print("not reached")
