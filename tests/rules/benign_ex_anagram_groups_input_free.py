# expect: accept
from collections import defaultdict

WORDS = "stop pots tops opts post spot cat act tac dog god odg bird".split()
groups = defaultdict(list)
for w in WORDS:
    groups[tuple(sorted(w))].append(w)
for key, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
    print("".join(key), members)
