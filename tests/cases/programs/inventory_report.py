inventory = [
    {"sku": "A100", "name": "widget", "qty": 12, "price": 2.50, "tags": ["metal", "small"]},
    {"sku": "B200", "name": "gadget", "qty": 0, "price": 12.99, "tags": ["electronic"]},
    {"sku": "C300", "name": "doohickey", "qty": 7, "price": 0.35, "tags": []},
    {"sku": "D400", "name": "thingamajig", "qty": 150, "price": 1.05, "tags": ["small", "plastic"]},
]
print(f"{'SKU':<6}{'NAME':<13}{'QTY':>5}{'PRICE':>8}{'VALUE':>10}")
total = 0
for item in sorted(inventory, key=lambda i: i["qty"] * i["price"], reverse=True):
    value = item["qty"] * item["price"]
    total += value
    flag = " (out)" if item["qty"] == 0 else ""
    print(f"{item['sku']:<6}{item['name']:<13}{item['qty']:>5}{item['price']:>8.2f}{value:>10.2f}{flag}")
print(f"{'TOTAL':<32}{total:>10.2f}")
tags = {}
for item in inventory:
    for t in item["tags"]:
        tags.setdefault(t, []).append(item["sku"])
print(dict(sorted(tags.items())))
low = [i["name"] for i in inventory if 0 < i["qty"] < 10]
print("low stock:", ", ".join(low) or "none")
restock = {i["sku"]: max(0, 20 - i["qty"]) for i in inventory}
print(restock, sum(restock.values()))
cheapest = min(inventory, key=lambda i: i["price"])
print("cheapest", cheapest["name"], f"{cheapest['price']:.2f}")
print("avg price", round(sum(i["price"] for i in inventory) / len(inventory), 4))
