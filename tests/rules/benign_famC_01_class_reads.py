# expect: accept
# why: family C look-alike: reading __class__ (its name, comparisons) and class attributes by the class name
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.kind = self.__class__.__name__
c = Counter()
Counter()
print(c.kind, Counter.count, c.__class__ is Counter)
