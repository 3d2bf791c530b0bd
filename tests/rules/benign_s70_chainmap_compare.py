# expect: accept
# why: a program that names ChainMap (whose ==, len and | iterate the maps it holds)
# may still compare, test and add in its comparison dunders: every iterator it makes
# is consumed where it is written, so whatever those operations iterate runs judged
# code only
import collections
from dataclasses import dataclass

defaults = {"theme": "light", "size": 12}
user = {"size": 14}
settings = collections.ChainMap(user, defaults)


@dataclass
class Task:
    priority: int
    name: str
    tags: tuple = ()

    def weight(self):
        bonus = 1 if self.tags else 0
        return -self.priority + bonus + len(self.name) % 3

    def __lt__(self, other):
        if not isinstance(other, Task):
            return NotImplemented
        return (self.weight(), self.name) < (other.weight(), other.name) or (
            self.name in ("urgent",) and other.name not in ("urgent",))


tasks = [Task(2, "write", ("a",)), Task(1, "urgent"), Task(3, "read")]
print(sorted(tasks))
print(min(tasks))
print(dict(settings), len(settings), settings == {"theme": "light", "size": 14})
print(list(map(str.upper, settings)))
