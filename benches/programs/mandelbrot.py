"""Float arithmetic: escape-time counts for the Mandelbrot set and a Julia set on a grid,
with a small ASCII rendering of the result.

Exercises float multiply/add/compare in an inner while loop, and int/float mixing.
"""


def escape_time(cr, ci, limit):
    zr = zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return limit


def julia_time(zr, zi, cr, ci, limit):
    n = 0
    while n < limit and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        n += 1
    return n


def grid(width, height, x0, x1, y0, y1, func):
    rows = []
    for j in range(height):
        y = y0 + (y1 - y0) * j / (height - 1)
        row = []
        for i in range(width):
            x = x0 + (x1 - x0) * i / (width - 1)
            row.append(func(x, y))
        rows.append(row)
    return rows


def render(rows, limit, step):
    shades = " .:-=+*#%@"
    lines = []
    for row in rows[::step]:
        line = []
        for n in row[::step]:
            line.append(shades[(n * (len(shades) - 1)) // limit])
        lines.append("".join(line).rstrip())
    return lines


def main():
    limit = 500
    mandel = grid(360, 240, -2.2, 0.8, -1.2, 1.2, lambda x, y: escape_time(x, y, limit))
    inside = sum(row.count(limit) for row in mandel)
    total = sum(sum(row) for row in mandel)
    julia = grid(240, 180, -1.6, 1.6, -1.2, 1.2,
                 lambda x, y: julia_time(x, y, -0.8, 0.156, limit))
    jtotal = sum(sum(row) for row in julia)
    area = 3.0 * 2.4 * inside / (360 * 240)
    print("mandelbrot: %d points inside, %d iterations, area ~ %.4f" % (inside, total, area))
    print("julia: %d iterations" % jtotal)
    for line in render(mandel, limit, 12):
        print(line)


if __name__ == "__main__":
    main()
