# expect: accept
# why: dataclasses deriving from classes under library decorators (@dataclass,
# @functools.total_ordering), which return the class they get
import dataclasses
import functools


@functools.total_ordering
@dataclasses.dataclass(frozen=True)
class Version:
    major: int
    minor: int = 0

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)


@dataclasses.dataclass(frozen=True)
class Release(Version):
    name: str = "stable"


print(Release(1, 2) < Release(1, 3), Release(2))
