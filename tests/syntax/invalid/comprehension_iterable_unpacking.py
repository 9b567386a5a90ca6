flat = [*row for row in rows]
