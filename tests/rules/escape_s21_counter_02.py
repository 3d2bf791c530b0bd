# expect: reject memory
# line: 11
# why: a class counter bumped inside __lt__ is pure only while every binding of the attribute is an int; a for target or an unpacking binds it otherwise (a list whose replacement frees it inside a comparison)
class Counted:
    comparisons = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Counted.comparisons += 1
        return self.v < other.v


x, Counted.comparisons = 1, [2]
if 0:
    pass
a = [Counted(3), Counted(1)]
a.sort()
print(Counted.comparisons)
