def read_chunks(data, size):
    pos = 0
    while chunk := data[pos:pos + size]:
        pos += size
        yield chunk
print(list(read_chunks("abcdefgh", 3)))
values = [3, 8, 1, 9, 4]
if any((big := v) > 7 for v in values):
    print("first big", big)
print([y for x in values if (y := x * 2) > 10])
counts = {}
for w in "a b a c".split():
    if (n := counts.get(w)) is None:
        counts[w] = 1
    else:
        counts[w] = n + 1
print(counts)
print((x := 5) + x, x)
def f(a, b=(c := 10)):
    return a + b
print(f(1), c)
print([i := 0, i + 1])
stack = [1, 2, 3]
while (top := stack.pop()) != 1:
    print("popped", top)
print("stopped at", top, stack)
