GRID = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
"""
rows = [[int(c) for c in line] for line in GRID.split()]
def valid_group(g):
    return sorted(g) == list(range(1, 10))
def check(rows):
    problems = []
    for i, r in enumerate(rows):
        if not valid_group(r):
            problems.append(f"row {i}")
    for j in range(9):
        if not valid_group([r[j] for r in rows]):
            problems.append(f"col {j}")
    for bi in range(3):
        for bj in range(3):
            box = [rows[3 * bi + i][3 * bj + j] for i in range(3) for j in range(3)]
            if not valid_group(box):
                problems.append(f"box {bi},{bj}")
    return problems
print("valid" if not check(rows) else check(rows))
rows[0][0], rows[0][1] = rows[0][1], rows[0][0]
print(check(rows))
rows[4][4] = 1
print(check(rows))
print(sum(map(sum, rows)), [sum(r) for r in rows][:3])
