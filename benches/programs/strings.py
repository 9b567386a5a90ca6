"""String building and methods: generate a text log, then parse and rewrite it with split,
join, replace, strip, find, startswith, upper/lower, formatting (%, str.format, f-strings),
slicing and a Caesar cipher through str.translate.

Exercises string allocation, concatenation, method calls on str and the format mini-language.
"""

WORDS = ("alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike "
         "november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee "
         "zulu").split()
LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR"]


def make_log(lines, seed):
    """A fake server log, one record per line."""
    out = []
    for i in range(lines):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        r = seed >> 8
        level = LEVELS[r % 4]
        user = WORDS[(r >> 2) % len(WORDS)]
        ms = (r >> 5) % 5000
        path = "/" + "/".join(WORDS[(r >> s) % len(WORDS)] for s in (3, 8, 13))
        stamp = "2023-%02d-%02dT%02d:%02d:%02d" % (
            1 + i % 12, 1 + i % 28, i % 24, (i // 7) % 60, (i * 13) % 60)
        out.append(f"{stamp} [{level:<7}] user={user} path={path} took={ms}ms")
    return "\n".join(out)


def summarise(text):
    slow = 0
    levels = {}
    paths_len = 0
    users = []
    for line in text.split("\n"):
        stamp, rest = line.split(" ", 1)
        level = rest[1:rest.index("]")].strip()
        levels[level] = levels.get(level, 0) + 1
        fields = rest[rest.index("]") + 2:].split(" ")
        kv = {}
        for field in fields:
            key, _, value = field.partition("=")
            kv[key] = value
        took = int(kv["took"].rstrip("ms"))
        if took > 4000:
            slow += 1
        paths_len += len(kv["path"].split("/"))
        if stamp.startswith("2023-07") and level == "ERROR":
            users.append(kv["user"].capitalize())
    return levels, slow, paths_len, users


def rewrite(text):
    text = text.replace("user=", "u:").replace("path=", "p:").replace("took=", "t:")
    text = text.upper()
    lines = text.splitlines()
    kept = [ln for ln in lines if ln.find("ERROR") != -1 or ln.endswith("0MS")]
    return "\n".join(kept)


def caesar(text, shift):
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    table = str.maketrans(lower + upper,
                          lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


def checksum(s):
    h = 0
    for ch in s[::7]:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def report(levels, slow, users):
    parts = []
    for name in sorted(levels):
        parts.append("{name}={count:,}".format(name=name.lower(), count=levels[name]))
    line = ", ".join(parts)
    return "%s; slow=%d; errors in july by %s" % (line, slow, "/".join(users[:3]))


def table(levels, days):
    """A fixed-width text table: right-aligned numbers, percentages, zero padding."""
    total = sum(levels.values())
    rows = ["{:<8}|{:>9}|{:>7}|{}".format("level", "count", "share", "code")]
    for name, count in sorted(levels.items(), key=lambda kv: -kv[1]):
        share = 100.0 * count / total
        code = str(len(name) * days).zfill(4)
        rows.append(f"{name.lower():<8}|{count:>9,}|{share:>6.2f}%|{code}")
    return rows


def main():
    days = 8
    levels = {}
    slow = paths_len = chars = lines = kept = check = 0
    users = []
    for day in range(days):
        text = make_log(30_000, 12345 + day)
        chars += len(text)
        lines += text.count("\n") + 1
        day_levels, day_slow, day_paths, day_users = summarise(text)
        for name, count in day_levels.items():
            levels[name] = levels.get(name, 0) + count
        slow += day_slow
        paths_len += day_paths
        users.extend(day_users)
        short = rewrite(text)
        kept += len(short)
        secret = caesar(short, 7 + day)
        assert caesar(secret, 26 - 7 - day) == short
        check = (check * 7 + checksum(secret)) & 0xFFFFFFFF
    padded = "|".join(w.center(11, "*") for w in WORDS).title()
    built = ""
    for i in range(20_000):
        built += str(i % 10)
    assert built.count("7") == 2000
    print("log: %d chars, %d lines" % (chars, lines))
    print(report(levels, slow, users))
    print("path segments: %d; kept %d chars; checksum %d" % (paths_len, kept, check))
    for row in table(levels, days):
        print(row)
    print(padded[:60])


if __name__ == "__main__":
    main()
