# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N, our own: a defaultdict's items are what its factory returns (refused before too: the lambda's result escapes; kept as a regression case of defaultdict_mask)

import collections
import keyword

# a defaultdict's items are what its factory returns
table = collections.defaultdict(lambda: keyword.kwlist)
table["any"].append("pwned")
print(keyword.kwlist[-1])
