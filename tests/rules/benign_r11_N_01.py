# expect: accept
# why: eleventh red team (11a), family N: library classes (defaultdict with a library or builtin factory, OrderedDict, a namedtuple, LinearRegression) built from the program's own values and written into; urllib.parse's results and parse_qs's lists changed

import collections
import statistics
import sys
import urllib.parse
from collections import Counter, OrderedDict, defaultdict, deque

# Library classes built from the program's own values, then written into: new containers.
words = "the cat sat on the mat with the hat".split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
recent = defaultdict(deque)
recent["t"].append(1)
counts = defaultdict(Counter)
counts["a"]["b"] += 1
seeded = collections.defaultdict(int, [("x", 1)])
seeded["x"] += 1
ordered = OrderedDict([("first", [1]), ("second", [2])])
ordered["first"].append(3)
ordered.move_to_end("first")
own = urllib.parse.DefragResult([1, 2], "frag")
own[0].append(3)
url, frag = urllib.parse.urldefrag("http://example.com/a#b")
parts = urllib.parse.urlsplit("http://example.com/p?q=1&q=2")
query = urllib.parse.parse_qs(parts.query)
query["q"].append("3")
fit = statistics.linear_regression([1, 2, 3], [2, 4, 6])
line = statistics.LinearRegression([fit.slope], fit.intercept)
line.slope.append(0.0)
args = list(sys.argv[1:])
args.append("x")
print(dict(by_letter), list(recent["t"]), dict(counts), seeded["x"], list(ordered.items()),
      own, url, frag, query, round(fit.slope, 3), line.slope, args)
