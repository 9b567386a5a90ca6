"""Dict-heavy code: word and bigram counts over generated text, anagram groups, a memoised
dynamic programme (edit distance and coin change with dict caches) and breadth-first search
over a graph stored as a dict of lists.

Exercises dict get/set/contains with str, int and tuple keys, setdefault, items/keys/values,
dict comprehensions, sorting dict items and string hashing.
"""

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "pa", "zu", "er"]


def make_words(count, seed):
    words = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        r = seed >> 8
        n = 1 + (r >> 19) % 4
        word = ""
        for _ in range(n):
            word += SYLLABLES[r % len(SYLLABLES)]
            r //= len(SYLLABLES)
        words.append(word)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    bigrams = {}
    prev = None
    for w in words:
        if prev is not None:
            key = (prev, w)
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
        prev = w
    return counts, bigrams


def anagram_groups(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), set()).add(w)
    return {k: v for k, v in groups.items() if len(v) > 1}


def edit_distance(a, b):
    memo = {}

    def go(i, j):
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == len(a):
            result = len(b) - j
        elif j == len(b):
            result = len(a) - i
        elif a[i] == b[j]:
            result = go(i + 1, j + 1)
        else:
            result = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        memo[key] = result
        return result

    return go(0, 0)


def coin_ways(amount, coins):
    """Ways to pay `amount` with `coins`, a table keyed by (amount, number of coin kinds)."""
    table = {}
    for rest in range(amount + 1):
        table[(rest, 0)] = 1 if rest == 0 else 0
    for k in range(1, len(coins) + 1):
        coin = coins[k - 1]
        for rest in range(amount + 1):
            ways = table[(rest, k - 1)]
            if rest >= coin:
                ways += table[(rest - coin, k)]
            table[(rest, k)] = ways
    return table[(amount, len(coins))]


def bfs_levels(graph, start):
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for other in graph[node]:
                if other not in dist:
                    dist[other] = dist[node] + 1
                    nxt.append(other)
        frontier = nxt
    return dist


def main():
    words = make_words(800_000, 2024)
    counts, bigrams = count_words(words)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    common = max(bigrams.values())
    groups = anagram_groups(counts)
    biggest = max(groups.values(), key=len)

    text_a = " ".join(words[:130])
    text_b = " ".join(words[7:137])
    dist = edit_distance(text_a[:300], text_b[:300])

    change = coin_ways(25000, [1, 2, 5, 10, 20, 50, 100, 200])
    assert change == 639081047032947126, change

    graph = {}
    for (a, b), n in bigrams.items():
        if n >= 2:
            graph.setdefault(a, []).append(b)
            graph.setdefault(b, [])
    dist_map = bfs_levels(graph, words[0])
    by_level = {}
    for node, d in dist_map.items():
        by_level[d] = by_level.get(d, 0) + 1
    inverted = {v: k for k, v in counts.items()}

    print("%d words, %d distinct, %d bigrams (most common x%d)"
          % (len(words), len(counts), len(bigrams), common))
    print("top: " + ", ".join("%s=%d" % kv for kv in top))
    print("anagram groups: %d, largest has %d words" % (len(groups), len(biggest)))
    print("edit distance: %d; ways to make 25000: %d" % (dist, change))
    print("bfs levels: %s; inverted size %d" % (sorted(by_level.items()), len(inverted)))


if __name__ == "__main__":
    main()
