# expect: accept
import math


def dot(a, b):
    return sum(x * y for x, y in zip(a, b, strict=True))


def norm(a):
    return math.sqrt(dot(a, a))


def cosine(a, b):
    return dot(a, b) / (norm(a) * norm(b))


def cross(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


print(dot([1, 2, 3], [4, 5, 6]), round(cosine([1, 0], [1, 1]), 4), cross((1, 0, 0), (0, 1, 0)), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]))
