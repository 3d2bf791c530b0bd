# expect: accept
# why: __class_getitem__ and __call__; a class used as a decorator
class TypedList:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]


@Memo
def slow_square(n):
    return n * n


triple = Multiplier(3)
print(TypedList[int], triple(7), list(map(triple, [1, 2])), slow_square(9), slow_square(9), callable(triple))
