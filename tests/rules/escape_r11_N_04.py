# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N, our own: collections.defaultdict(None, pairs) holds each pair's value as an item, one level up (defaultdict_mask: its other arguments' pairs as dict's)

import collections
import keyword

# defaultdict(factory, pairs): each pair's value becomes an item, one level up
table = collections.defaultdict(None, [("words", keyword.kwlist)])
table["words"].append("pwned")
print(keyword.kwlist[-1])
