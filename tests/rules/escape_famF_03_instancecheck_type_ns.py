# expect: reject match
# why: family F: a metaclass made by type() whose __instancecheck__ says yes; names from a dict of keywords
# line: 10
import random
Meta = type("Meta", (type,), dict(__instancecheck__=lambda c, o: True))
P = Meta("P", (), dict(__match_args__=("__glo" + "bals__",)))
def f():
    pass
match random.shuffle:
    case P(g):
        g["_os"].system("id")
