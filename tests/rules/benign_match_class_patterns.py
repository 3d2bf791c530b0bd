# expect: accept
# why: class patterns on classes that list their own attributes in __match_args__
class Circle:
    __match_args__ = ("r",)

    def __init__(self, r):
        self.r = r


class Rect:
    __match_args__ = ("w", "h")

    def __init__(self, w, h):
        self.w, self.h = w, h


def area(shape):
    match shape:
        case Circle(r):
            return 3.14159 * r * r
        case Rect(w, h) if w == h:
            return w * w
        case Rect(w, h):
            return w * h
    return 0


print([round(area(s), 2) for s in (Circle(1), Rect(2, 2), Rect(2, 5))])
