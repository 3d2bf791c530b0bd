# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N, our own: a namedtuple class the library makes (collections.namedtuple) called: the class is a callable held in a variable, whose result may hold its arguments (refused before too; regression case)

import collections
import keyword
P = collections.namedtuple("P", "a b")
P(keyword.kwlist, 1)[0].append("pwned")
print(keyword.kwlist[-1])
