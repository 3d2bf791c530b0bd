# expect: accept
# why: round 97's look-alike: len() of a ChainMap in a comparison dunder, in a program whose iteration is closed (no generator or map made elsewhere): ChainMap's __len__ iterates only dicts
import collections


class Layer:
    def __init__(self, *maps):
        self.cm = collections.ChainMap(*maps)

    def __eq__(self, other):
        return len(self.cm) == len(other.cm)

    def __lt__(self, other):
        return len(self.cm) < len(other.cm)


a = Layer({"x": 1}, {"y": 2})
b = Layer({"x": 1})
print(sorted([a, b]) == [b, a], a == b)
