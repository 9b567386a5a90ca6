prices = {"apple": 3, "pear": 2, "plum": 5}
order = ["apple", "plum"]
print("total", sum(prices[name] for name in order))
order.append("kiwi")
costs = [prices[name] * 2 for name in order]
print(costs)
