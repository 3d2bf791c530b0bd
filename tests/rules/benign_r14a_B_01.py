# expect: reject memory
# line: 36
# cost: round 100 refuses this honest program. It names a library class whose
#   operations iterate what they hold (UserList, OrderedDict), a class of it has a
#   library base (so iteration is not closed), and a comparison runs an operation on
#   an attribute that may hold such an object
# why: fourteenth red team (round 14a), family B: library decorators that return the class (typing.final, functools.total_ordering, dataclass) on library subclasses; a registry decorator on a plain class
import collections
import dataclasses
import functools
import typing

REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__] = cls
    return cls


@register
class Plain:
    def run(self):
        return "plain"


@typing.final
class Tally(collections.Counter):
    def top(self):
        return self.most_common(1)


@functools.total_ordering
class Version(collections.UserList):
    def __lt__(self, other):
        return len(self.data) < len(other.data)


@dataclasses.dataclass
class Settings:
    name: str = "x"


print(sorted(REGISTRY), REGISTRY["Plain"]().run())
print(Tally("abca").top())
print(Version([1]) < Version([1, 3]), Version([2]) >= Version([1]))
print(Settings())
