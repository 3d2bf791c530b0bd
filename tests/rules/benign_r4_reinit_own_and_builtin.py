# expect: accept
# Honest re-initialisation: a reset method calling self.__init__() in a class of the program's own, and
# an exception class calling its builtin base's __init__ (a slot wrapper that checks its argument's type).
class Counter:
    def __init__(self, start=0):
        self.count = start
        self.history = []

    def reset(self):
        self.__init__()

    def add(self):
        self.count += 1


c = Counter(3)
c.add()
c.reset()
print(c.count)


class AppError(ValueError):
    def __init__(self, msg, code):
        ValueError.__init__(self, msg)
        self.code = code


try:
    raise AppError("bad", 7)
except AppError as e:
    print(e, e.code)
