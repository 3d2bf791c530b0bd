# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N, our own: a namedtuple of a text module given its field by keyword (urllib.parse's keywords were taken as tuning text)

import keyword
import urllib.parse

# a namedtuple given its fields by keyword holds them too
urllib.parse.DefragResult(url=keyword.kwlist, fragment="")[0].append("pwned")
print(keyword.kwlist[-1])
