# expect: accept
# why: method calls with arguments on attributes that only ever hold instances of
#   the program's classes or new builtin containers (self.engine = Engine(),
#   self._lines = [] read by a for loop), in a program whose class decorator is a
#   library one (dataclass)
from dataclasses import dataclass, field


@dataclass
class Part:
    name: str
    tags: list = field(default_factory=list)


class Engine:
    def __init__(self):
        self._lines = []

    def append(self, kind, *rest):
        self._lines.append((kind, rest))
        return len(self._lines)

    def replay(self):
        for line in self._lines:
            yield line


class Car:
    def __init__(self):
        self.engine = Engine()

    def drive(self, km):
        self.engine.append("drive", km)
        return [kind for kind, _ in self.engine.replay()]


car = Car()
print(car.drive(3), car.engine.append("stop"), Part("x"))
