# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N, our own: difflib.Match, a namedtuple too (refused before by the field name a, a library attribute; now by the class's verdict as well)

import difflib
import keyword

# difflib.Match is a namedtuple of the library too
match = difflib.Match(keyword.kwlist, 0, 0)
match.a.append("pwned")
print(keyword.kwlist[-1])
