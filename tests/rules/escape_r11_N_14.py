# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N, our own: a typing.NamedTuple class made by the functional form, unpacked (refused before too; regression case)

import keyword
import typing
P = typing.NamedTuple("P", [("a", list), ("b", int)])
x, y = P(keyword.kwlist, 1)
x.append("pwned")
print(keyword.kwlist[-1])
