# expect: accept
# why: round 71's rules keep honest class bodies: a program that holds no class as a value binds class attributes by unpacking, under if, and by chained assignment, defines a property read by its own pure __eq__ as self.area and by callers as r.area, and the property's getter is judged only on demand (the moved-property cases hold a class as a value: escape_s41_*)
class Rect:
    lo, hi = 0, 100
    if hi > 50:
        default_w = default_h = 10

    def __init__(self, w=None, h=None):
        self.w = self.default_w if w is None else w
        self.h = self.default_h if h is None else h

    @property
    def area(self):
        return self.w * self.h

    def __eq__(self, other):
        return isinstance(other, Rect) and self.area == other.area

    def __hash__(self):
        return hash(self.area)

    def __lt__(self, other):
        return self.area < other.area


rs = sorted([Rect(3, 4), Rect(), Rect(2, 6)])
print([r.area for r in rs], Rect(3, 4) == Rect(2, 6), Rect.lo, Rect.hi)
