# expect: accept
# why: item stores, mutating calls and in-place augmented assignments on the
#   program's own containers: what its functions build and return, copies of the
#   standard library's data (list(...), sorted(...), dict(...)), containers a library
#   call makes (defaultdict, Counter), a dict's setdefault on the program's dict, heapq
#   and random on its own lists; numbers from a module (sys.maxsize) stay numbers
import collections
import heapq
import keyword
import random
import sys


def make():
    return []


def names():
    return list(keyword.kwlist)


def first_words(n):
    return sorted(keyword.kwlist)[:n]


def index(words):
    table = {}
    for w in words:
        table.setdefault(w[0], []).append(w)
    return table


make().append(1)
own = names()
own[0] = "changed"
own.append("extra")
own += ["more"]
names().sort(reverse=True)
top = first_words(3)
top[0] = "x"
del top[1]
args = list(sys.argv[1:])
args.append("--verbose")
args += ["--dry-run"]
groups = collections.defaultdict(list)
groups["a"].append(1)
counts = collections.Counter("hello")
counts += collections.Counter("world")
counts["z"] = 1
heap = [5, 1, 4]
heapq.heapify(heap)
heapq.heappush(heap, 2)
rng = random.Random(7)
deck = list(range(6))
rng.shuffle(deck)
best = sys.maxsize
best -= 1
table = index(own)
table.get("c", []).append("new")
table.pop("e", None)
copy_of = dict(table)
copy_of["k"] = ["kept"]
print(own[:2], len(own), top, args, dict(groups), counts.most_common(2), heapq.heappop(heap))
print(sorted(deck), best < sys.maxsize, sorted(copy_of)[:3], keyword.kwlist[0])
