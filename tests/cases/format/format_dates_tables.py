rows = [("Widget", 4, 3.5), ("Gizmo", 12, 0.25), ("Thingamajig", 1, 199.99)]
print(f"{'Item':<12}{'Qty':>4}{'Price':>10}{'Total':>10}")
print("=" * 36)
for name, qty, price in rows:
    print(f"{name:<12.12}{qty:>4d}{price:>10.2f}{qty * price:>10,.2f}")
print("-" * 36)
print(f"{'Sum':<12}{sum(q for _, q, _ in rows):>4}{'':>10}{sum(q * p for _, q, p in rows):>10,.2f}")
y, mo, d, h, mi, s = 2024, 3, 7, 9, 5, 2
print(f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}")
print("{:%}".format(0.1234), "{:.1%}".format(1 / 3), "{:+.2%}".format(-0.005))
secs = 3725
print(f"{secs // 3600}h {secs % 3600 // 60:02d}m {secs % 60:02d}s")
for n in (0, 1, 1023, 1024, 10 ** 6, 3 * 2 ** 30):
    units = ["B", "KiB", "MiB", "GiB"]
    v, u = float(n), 0
    while v >= 1024 and u < 3:
        v /= 1024
        u += 1
    print(f"{n:>12,} = {v:7.2f} {units[u]}")
print(f"|{'left':<10}|{'center':^10}|{'right':>10}|")
print(f"|{42:<10}|{42:^10}|{42:>10}|")
print(f"|{3.14159:<10.3}|{3.14159:^10.3f}|{3.14159:>10.1e}|")
