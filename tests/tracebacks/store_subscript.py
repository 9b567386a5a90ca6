point = (1, 2)
if point: point[0] = 5
