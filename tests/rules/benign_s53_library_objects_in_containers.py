# expect: accept
# why: library objects kept in the program's containers and handed back by their accessors are read, and their data methods called; the program's own objects taken from a dict are written
import datetime
import collections
import fractions
import argparse


class Point:
    def __init__(self, x):
        self.x = x

    def cancel(self):
        self.x = 0


events = {}
events.setdefault("a", []).append(datetime.date(2020, 1, 1))
d = events.get("a")[0]
print(d.year, d.isoformat())
q = collections.deque()
q.append(datetime.timedelta(1))
t = q.popleft()
print(t.days)
stack = [fractions.Fraction(1, 2)]
x = stack.pop()
print(x.numerator)
reg = {"p": Point(1), "q": Point(2)}
p = reg.get("p")
p.x = 3
p.cancel()
items = [fractions.Fraction(3)]
last = items.pop()
last.denominator
for k, v in reg.items():
    print(k, v.x)
o = reg.pop("p")
o.x = 5
o.count = 2
ns = argparse.Namespace(a=1)
box = {"ns": ns}
got = box.get("ns")
print(got.a)
counts = collections.Counter("hello")
cs = {"c": counts}
cs.get("c").update("abc")
print(cs["c"].most_common(2))
