# expect: accept
# why: the honest look-alikes of round 26g: f-strings as dict keys, compared and concatenated, in a program whose classes define comparisons by def (dataclass order, __lt__ for sorting) and a __format__ that returns plain text
import collections
import functools


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __format__(self, spec):
        return f"v{self.major}.{self.minor}"


seen = {}
grid = collections.Counter()
for r in range(3):
    for c in range(2):
        seen[f"{r},{c}"] = r * c
        grid[f"{r}"] += c
versions = sorted([Version(1, 2), Version(1, 0), Version(0, 9)])
labels = [f"{v}" for v in versions]
print(labels, f"{versions[0]}" < "v1", "tag-" + f"{versions[-1]}")
print(sorted(seen.items())[:3], dict(grid), max(versions) == Version(1, 2))
