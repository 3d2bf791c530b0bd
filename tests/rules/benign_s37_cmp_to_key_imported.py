# expect: accept
# why: honest37 p38: `from functools import cmp_to_key` binds the name whose calls are judged where they are written (as cached_property's and defaultdict's), so the import itself is no value handed anywhere; the def given to it is judged pure
from functools import cmp_to_key


class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    __hash__ = None


def compare(a, b):
    return (a + b < b + a) - (a + b > b + a)


numbers = [3, 30, 34, 5, 9]
print("".join(sorted(map(str, numbers), key=cmp_to_key(compare))), Version(1) == Version(1))
