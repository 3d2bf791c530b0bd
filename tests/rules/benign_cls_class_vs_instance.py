# expect: accept
class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.count = 0

    def increment(self, by=1):
        self.count += by
        return self

    @classmethod
    def created(cls):
        return cls.instances

    def __del__(self):
        Counter.instances -= 1


a = Counter().increment().increment(5)
b = Counter()
print(a.count, b.count, Counter.created())
del b
print(Counter.created())
