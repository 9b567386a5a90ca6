from collections import deque, namedtuple, Counter, defaultdict, OrderedDict

# breadth-first search over a grid with a deque
grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
Pos = namedtuple("Pos", "row col")
start = end = None
for r, line in enumerate(grid):
    for c, ch in enumerate(line):
        if ch == "S":
            start = Pos(r, c)
        elif ch == "E":
            end = Pos(r, c)
print("start", start, "end", end)

prev = {start: None}
queue = deque([start])
while queue:
    cur = queue.popleft()
    if cur == end:
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nxt = Pos(cur.row + dr, cur.col + dc)
        if 0 <= nxt.row < len(grid) and 0 <= nxt.col < len(grid[0]):
            if grid[nxt.row][nxt.col] != "#" and nxt not in prev:
                prev[nxt] = cur
                queue.append(nxt)
path = []
node = end
while node is not None:
    path.append(node)
    node = prev[node]
path.reverse()
print("path length", len(path) - 1)
print("path", [tuple(p) for p in path])

# word statistics with Counter and defaultdict
text = """it was the best of times it was the worst of times it was the age of
wisdom it was the age of foolishness it was the epoch of belief"""
words = text.split()
freq = Counter(words)
print("top", freq.most_common(4))
print("total", freq.total(), "distinct", len(freq))
by_len = defaultdict(list)
for w in sorted(freq):
    by_len[len(w)].append(w)
print("by length", dict(sorted(by_len.items())))
first_seen = OrderedDict()
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print("first seen", list(first_seen.items())[:6])
letters = Counter(ch for w in words for ch in w)
print("letters", letters.most_common(5))
print("vowels", sum(letters[v] for v in "aeiou"))

# a sliding window maximum with a deque of indices
nums = [1, 3, -1, -3, 5, 3, 6, 7]
k = 3
dq = deque()
maxima = []
for i, n in enumerate(nums):
    while dq and nums[dq[-1]] <= n:
        dq.pop()
    dq.append(i)
    if dq[0] <= i - k:
        dq.popleft()
    if i >= k - 1:
        maxima.append(nums[dq[0]])
print("window maxima", maxima)
