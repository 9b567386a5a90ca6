from collections import deque

# A deque and a list model fed the same pseudo-random operations must agree.
seed = 12345

def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

def check(label, d, model):
    if list(d) != model or len(d) != len(model):
        print("MISMATCH", label, list(d)[:10], model[:10])
        raise SystemExit(1)

for maxlen in (None, 1, 5, 50):
    d = deque(maxlen=maxlen)
    model = []
    counts = {}
    for step in range(3000):
        op = rand(12)
        counts[op] = counts.get(op, 0) + 1
        if op <= 2:
            d.append(step)
            model.append(step)
            if maxlen is not None and len(model) > maxlen:
                del model[0]
        elif op <= 4:
            d.appendleft(step)
            model.insert(0, step)
            if maxlen is not None and len(model) > maxlen:
                model.pop()
        elif op == 5 and model:
            assert d.pop() == model.pop()
        elif op == 6 and model:
            assert d.popleft() == model.pop(0)
        elif op == 7 and model:
            k = rand(2 * len(model) + 1) - len(model)
            d.rotate(k)
            if k:
                k %= len(model)
                model[:] = model[-k:] + model[:-k]
        elif op == 8 and model:
            i = rand(len(model))
            assert d[i] == model[i] and d[-1 - i] == model[-1 - i]
            d[i] = -step
            model[i] = -step
        elif op == 9 and model:
            i = rand(len(model))
            del d[i]
            del model[i]
        elif op == 10 and (maxlen is None or len(model) < maxlen):
            i = rand(len(model) + 1)
            d.insert(i, step)
            model.insert(i, step)
        elif op == 11:
            chunk = [step + j for j in range(rand(4))]
            if rand(2):
                d.extend(chunk)
                model.extend(chunk)
                if maxlen is not None:
                    del model[:max(0, len(model) - maxlen)]
            else:
                d.extendleft(chunk)
                model[:0] = chunk[::-1]
                if maxlen is not None:
                    del model[maxlen:]
        check(step, d, model)
    print("maxlen", maxlen, "final length", len(d), "sum", sum(d), "ops", sorted(counts.items()))
    print("  head", list(d)[:5], "reversed head", list(reversed(d))[:3])

# Long runs at one end, then the other, go through the rebalancing.
d = deque()
for i in range(2000):
    d.append(i)
total = 0
while len(d) > 1:
    total += d.popleft() - d.pop()
print("drain", total, d)
d = deque(range(1000))
for i in range(999):
    d.rotate(1)
print("rotate one by one", d[0], d[-1], d[500])
d = deque(range(10))
for i in range(25):
    d.rotate(-3)
print("rotate -3 x25", d)
