# expect: reject memory
# line: 9
# why: cost of the pure text dunders: a __repr__ that changes its object (a counter of how often it was shown) is refused; count elsewhere, in a method the program calls itself
class Shown:
    def __init__(self):
        self.times = 0

    def __repr__(self):
        self.times += 1
        return f"Shown({self.times})"


print([Shown()])
