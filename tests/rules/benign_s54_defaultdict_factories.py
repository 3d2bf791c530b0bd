# expect: accept
# why: the factories honest programs give a defaultdict: builtins, library classes by name or path, a lambda, a def (the recursive tree), a class of the program, None, none; and default_factory set to None or a builtin
import collections
from collections import defaultdict, Counter, deque
import functools


class Node:
    pass


def tree():
    return defaultdict(tree)


a = defaultdict(list)
b = collections.defaultdict(int)
c = defaultdict(lambda: defaultdict(int))
d = defaultdict(Counter)
e = defaultdict(collections.deque)
f = defaultdict(Node)
g = tree()
h = defaultdict(None)
i = defaultdict()
j = defaultdict(list, {"a": [1]})
k = defaultdict(set, a=1)
a.default_factory = None
b.default_factory = float
print([dict(x) for x in (a, b, c, d, e, f, g, h, i, j, k)])
print(isinstance(a, defaultdict), isinstance(b, (dict, collections.defaultdict)), type(c) is defaultdict)
