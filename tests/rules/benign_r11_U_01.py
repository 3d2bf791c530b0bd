# expect: accept
# why: issue 13 (unbound library methods): the honest spellings stay accepted: Base.m(self, ...) in a subclass's method, super() and super(C, self), methods called on instances, classmethods through the class, builtin types' methods through the type, staticmethods

import collections
import datetime
import fractions
import statistics
from collections import UserDict


class Tally(collections.Counter):
    def snapshot(self):
        return collections.Counter.copy(self)

    def bump(self, key):
        collections.Counter.update(self, [key])
        return self

    def merged(self, other):
        out = super().copy()
        super(Tally, self).copy()
        return out + Tally(other)


class Settings(UserDict):
    def lookup(self, key, default=None):
        return UserDict.get(self, key, default)

    def names(self):
        return sorted(UserDict.keys(self))


t = Tally("abca")
print(t.snapshot()["a"], t.bump("z")["z"], t.merged(["q"])["a"])
s = Settings(color="red")
print(s.lookup("color"), s.lookup("size"), s.names())
c = collections.Counter("hello")
print(c.copy().most_common(1), collections.Counter("aab").most_common(1))
chain = collections.ChainMap({"a": 1}, {"b": 2})
print(chain.new_child({"c": 3})["b"], chain.copy()["a"])
print(str.lower("ABC"), dict.get({"k": 1}, "k"), list.copy([1, 2]))
print(fractions.Fraction.from_float(0.5), collections.OrderedDict.fromkeys("ab"))
print(statistics.NormalDist.from_samples([1.0, 2.0, 3.0]).mean)
print(datetime.date.fromisoformat("2024-01-02").year, str.maketrans("a", "b"))
counts = list(map(lambda k: k.copy(), [c]))
print(len(counts))
