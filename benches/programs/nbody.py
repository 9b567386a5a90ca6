"""Float arithmetic: a gravitational n-body simulation (symplectic Euler) of a made-up star
system in units where G = 1, checking that energy and momentum are conserved.

Exercises float `+ - * /`, `**`, `math.sqrt`, list indexing and tuple unpacking in tight loops.
"""

import math


def make_system():
    """A heavy star and planets on near-circular orbits; bodies are [x, y, z, vx, vy, vz, m]."""
    star_mass = 1000.0
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, star_mass]]
    radii = [4.0, 7.5, 11.0, 16.0, 23.0, 31.0]
    masses = [0.8, 1.7, 0.05, 3.2, 0.6, 0.9]
    for k in range(len(radii)):
        r = radii[k]
        angle = 0.9 * k + 0.3
        speed = math.sqrt(star_mass / r)
        tilt = 0.02 * (k - 2)
        x = r * math.cos(angle)
        y = r * math.sin(angle)
        bodies.append([x, y, r * tilt, -speed * math.sin(angle), speed * math.cos(angle),
                       0.01 * k, masses[k]])
    # Give the star the opposite momentum so the system as a whole stays put.
    px = py = pz = 0.0
    for b in bodies[1:]:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    bodies[0][3] = -px / star_mass
    bodies[0][4] = -py / star_mass
    bodies[0][5] = -pz / star_mass
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        x1, y1, z1, vx, vy, vz, m1 = bodies[i]
        e += 0.5 * m1 * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, n):
            x2, y2, z2, _, _, _, m2 = bodies[j]
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            e -= m1 * m2 / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    return math.sqrt(px * px + py * py + pz * pz)


def advance(bodies, dt, steps):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    bodies = make_system()
    e0 = energy(bodies)
    p0 = momentum(bodies)
    advance(bodies, 0.001, 120_000)
    e1 = energy(bodies)
    p1 = momentum(bodies)
    drift = abs((e1 - e0) / e0)
    assert drift < 1e-4, drift
    assert p1 < 1e-9, p1
    print("energy before: %.9f" % e0)
    print("energy after:  %.9f" % e1)
    print("momentum conserved: %s" % (p0 < 1e-9 and p1 < 1e-9))
    far = max(bodies, key=lambda b: b[0] ** 2 + b[1] ** 2 + b[2] ** 2)
    print("farthest body at (%.6f, %.6f, %.6f)" % (far[0], far[1], far[2]))


if __name__ == "__main__":
    main()
