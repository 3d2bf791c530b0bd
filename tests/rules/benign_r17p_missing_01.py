# expect: accept
# why: honest17 p50: a dict subclass whose __missing__ returns text built from its key
#   (format_map's default) in a program that also groups with defaultdict(list): the
#   hook's result taints the subscripts of its own class's instances, not the
#   defaultdict's, a name bound once to a collections container made from a builtin type.
from collections import defaultdict


class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


class Echo(dict):
    def __missing__(self, key):
        return key


print("{greeting}, {name}! {unknown}".format_map(Default(greeting="Hi", name="Cy")))
index = defaultdict(list)
for i, w in enumerate("to be or not to be".split()):
    index[w].append(i)
print(dict(index), Echo()["x"])
