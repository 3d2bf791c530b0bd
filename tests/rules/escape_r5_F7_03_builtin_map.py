# expect: reject store
# Mechanism: store rule, the same gap as ok_14/ok_15 in its plainest form: a def
#   handed BY NAME to a higher-order builtin, whose return value the builtin hands back.
#   The rule follows the other arguments INTO such a function (map(f, [C])), but takes
#   the value of map(...) / next(...) / reduce(...) from defs named map/next/reduce
#   (none), not from one(). Also accepted and working, same output:
#     next(iter(one, None)).default = fake
#     functools.reduce(one, [1, 2]).default = fake
#     next(itertools.starmap(one, [()])).default = fake
#   (functools.partial(one)() and functools.lru_cache(one)() are followed and refused.)
# Goal reached: namespace write into the standard library: json.JSONEncoder.default
#   replaced.
# Output under python3:
#   {"k": "replaced"}
import json


def fake(self, o):
    return "replaced"


def one(*a):
    return json.JSONEncoder


for c in map(one, [1]):
    c.default = fake
print(json.dumps({"k": object()}))
