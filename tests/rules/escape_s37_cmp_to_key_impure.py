# expect: reject memory
# line: 18
# why: the counter-case of benign_s37_cmp_to_key_imported: the function given to cmp_to_key runs inside the sort's comparisons and empties a list
from functools import cmp_to_key


class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    __hash__ = None


def compare(a, b):
    numbers.clear()
    return 0


numbers = [3, 30, 34, 5, 9]
print("".join(sorted(map(str, numbers), key=cmp_to_key(compare))), Version(1) == Version(1))
