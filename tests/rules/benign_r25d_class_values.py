# expect: accept
# why: container classes named in a loop over a tuple (their names printed),
#   in annotations, as isinstance's classes and as a library factory; the
#   lists the program appends to are displays, never a class, so their first
#   argument is no object the call writes
import collections
from collections import Counter, UserList


def kinds() -> list[str]:
    names = []
    for kind in (Counter, UserList, collections.ChainMap):
        names.append(kind.__name__)
    return names


groups = collections.defaultdict(list)
for word in ["a", "bb", "cc"]:
    groups.setdefault(0, []).append(word)
    names_seen = kinds()
    names_seen.append(word)
seen: dict[str, int] = {}
print(kinds(), dict(groups), isinstance(seen, (dict, list)), seen)
