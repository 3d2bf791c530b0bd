# expect: reject class
# line: 11
# why: cost of round 92's nesting rule: a def under an if in a class body (a method defined only on some condition) is refused, since every rule that reads a class's methods reads the body's own statements; define the method always and test the condition inside it
import sys

FAST = len(sys.argv) > 5


class Counter:
    if FAST:
        def bump(self):
            self.n += 2
    else:
        def bump(self):
            self.n += 1

    def __init__(self):
        self.n = 0


c = Counter()
c.bump()
print(c.n)
