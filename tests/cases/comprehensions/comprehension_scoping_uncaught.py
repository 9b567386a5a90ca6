class Report:
    rows = [1, 2, 3]
    scale = 10
    scaled = [r * scale for r in rows]

print(Report.scaled)
