def compute_total(prices):
    subtotal = sum(prices)
    return subtotl * 1.2

print("computing")
print(compute_total([1, 2, 3]))
