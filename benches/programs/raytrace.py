"""Method calls on objects: a small ray tracer with a Vec class using operator dunders,
shapes in a class hierarchy (spheres, planes) with overridden methods, materials, lights,
shadows and reflections, rendered to a grey-scale image.

Exercises instance creation, attribute loads and stores, method calls, operator overloading
(__add__, __sub__, __mul__, __rmul__, __neg__), isinstance, super().__init__, properties
and float math.
"""

import math


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    @property
    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length)

    def __repr__(self):
        return "Vec(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, brightness, reflect=0.0, checker=False):
        self.brightness = brightness
        self.reflect = reflect
        self.checker = checker

    def shade_at(self, point):
        if self.checker and (math.floor(point.x) + math.floor(point.z)) % 2:
            return self.brightness * 0.3
        return self.brightness


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, centre, radius, material):
        super().__init__(material)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, strength):
        self.position = position
        self.strength = strength


class Scene:
    def __init__(self):
        self.shapes = []
        self.lights = []
        self.rays_cast = 0

    def add(self, thing):
        if isinstance(thing, Light):
            self.lights.append(thing)
        else:
            self.shapes.append(thing)
        return self

    def nearest(self, ray):
        self.rays_cast += 1
        best_t = None
        best_shape = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_shape = shape
        return best_t, best_shape

    def trace(self, ray, depth=0):
        t, shape = self.nearest(ray)
        if shape is None:
            return 0.05
        point = ray.at(t)
        normal = shape.normal_at(point)
        material = shape.material
        colour = 0.1 * material.shade_at(point)
        for light in self.lights:
            to_light = light.position - point
            distance = to_light.length
            shadow_ray = Ray(point, to_light)
            blocker_t, _ = self.nearest(shadow_ray)
            if blocker_t is not None and blocker_t < distance:
                continue
            lambert = normal.dot(shadow_ray.direction)
            if lambert > 0:
                colour += lambert * light.strength * material.shade_at(point)
        if material.reflect > 0 and depth < 3:
            d = ray.direction
            bounce = d - normal * (2 * d.dot(normal))
            colour += material.reflect * self.trace(Ray(point, bounce), depth + 1)
        return colour


def build_scene():
    scene = Scene()
    scene.add(Plane(Vec(0, -1, 0), Vec(0, 1, 0), Material(0.9, 0.2, checker=True)))
    scene.add(Sphere(Vec(0, 0, 6), 1.0, Material(0.8, 0.5)))
    scene.add(Sphere(Vec(-2.2, 0.2, 7.5), 1.2, Material(0.6, 0.1)))
    scene.add(Sphere(Vec(2.0, -0.4, 5.0), 0.6, Material(1.0, 0.0)))
    scene.add(Sphere(Vec(0.7, 1.6, 8.0), 0.9, Material(0.7, 0.7)))
    scene.add(Light(Vec(-4, 6, 0), 0.6))
    scene.add(Light(Vec(5, 4, 3), 0.4))
    return scene


def render(scene, width, height):
    eye = Vec(0, 0.5, -1)
    image = []
    for j in range(height):
        row = []
        y = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * width / height
            colour = scene.trace(Ray(eye, Vec(x, y - 0.3, 1.5)))
            row.append(min(255, int(colour * 255)))
        image.append(row)
    return image


def main():
    scene = build_scene()
    width, height = 320, 240
    image = render(scene, width, height)
    total = sum(sum(row) for row in image)
    brightest = max(max(row) for row in image)
    shades = " .:-=+*#%@"
    print("%dx%d image, %d rays, brightness sum %d, max %d"
          % (width, height, scene.rays_cast, total, brightest))
    for row in image[::15]:
        print("".join(shades[p * 10 // 256] for p in row[::10]))
    print(-Vec(1, 2, 3) + 2 * Vec(0.5, 0.25, 0.125))


if __name__ == "__main__":
    main()
