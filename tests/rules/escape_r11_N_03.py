# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N, our own: collections.OrderedDict(pairs) holds each pair's value as an item, one level up from where it was given (a lift: the audit's library-passes)

import collections
import keyword

# OrderedDict(pairs) keeps each pair's value as an item: one level up from where it was given
table = collections.OrderedDict([("words", keyword.kwlist)])
table["words"].append("pwned")
print(keyword.kwlist[-1])
