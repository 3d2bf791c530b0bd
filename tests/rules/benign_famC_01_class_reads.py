# expect: accept
# why: family C look-alike: reading __class__ and class attributes through it
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
        self.kind = self.__class__.__name__
c = Counter()
Counter()
print(c.kind, Counter.count, c.__class__ is Counter)
