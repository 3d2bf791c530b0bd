# expect: accept
# why: a base's __init__ run while the object is made (an exception's, a list's), a dataclass's __post_init__ over a base of the program's, and a class of the program's own reset by running its __init__ again
import dataclasses


class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(f"{code}: {message}")
        self.code = code


class Stack(list):
    def __init__(self, items=()):
        super().__init__(items)

    def push(self, x):
        self.append(x)


class Base:
    def __init__(self, label):
        self.label = label


@dataclasses.dataclass
class Item(Base):
    name: str

    def __post_init__(self):
        super().__init__(self.name.upper())


class Counter:
    def __init__(self, start=0):
        self.count = start

    def reset(self):
        self.__init__()


class Child(Counter):
    def __init__(self):
        super().__init__(10)

    def restart(self):
        Counter.__init__(self, 5)


try:
    raise AppError(404, "missing")
except AppError as e:
    print(e, e.code)
s = Stack([1])
s.push(2)
print(s)
print(Item("boom").label)
c = Counter(3)
c.reset()
k = Child()
k.restart()
print(c.count, k.count)
