# expect: accept
# why: issue 13 (library classes are no first-class values): the honest uses stay accepted: called, subclassed, read through, isinstance/issubclass/except, annotations, identity, a plain alias, a for over names, map, json cls=, a TestCase given to the loader, decorators called by hand

import collections
import json
import numbers
import typing
import unittest
from collections import Counter, OrderedDict, UserDict


class Stock(Counter):
    def restock(self, items):
        Counter.update(self, items)
        return self


class Settings(UserDict):
    pass


class Enc(json.JSONEncoder):
    def default(self, o):
        return list(o)


class RomanTests(unittest.TestCase):
    def test_one(self):
        pass


def tally(words: list[str]) -> Counter[str]:
    return Counter(words)


def first(m: typing.Optional[typing.Mapping[str, int]] = None) -> typing.Counter[str]:
    return collections.Counter(m or {})


Kind = collections.Counter
A, B = collections.UserList, collections.ChainMap
x = OrderedDict(a=1)
print(isinstance(x, OrderedDict), isinstance(x, (Counter, dict)), x is not Counter)
print(tally(["a", "b", "a"]).most_common(1), first({"q": 2}), Kind("abc")["a"])
print(json.dumps({"s": {3, 1}}, cls=Enc), list(map(Counter, ["ab", "b"]))[0]["b"])
print(Stock("aa").restock(["a"])["a"], Settings(k=1)["k"], A([1]), B({"z": 0})["z"])
for kind in (numbers.Integral, numbers.Real, collections.abc.Mapping):
    print(kind.__name__, isinstance(3, kind))
try:
    json.loads("{")
except (json.JSONDecodeError, ValueError) as e:
    print(type(e).__name__)
loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(RomanTests)
print(suite.countTestCases())
