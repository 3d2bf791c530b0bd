# expect: accept
# why: family G look-alike: imports at the top and inside functions, classes using them
import math
def area(r):
    import math as m
    return m.pi * r * r
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(area(self.r), 2)
print(Circle(1).area(), math.sqrt(4))
