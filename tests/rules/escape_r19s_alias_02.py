# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a binding form the alias links missed (starred assignment target (*a, = [d]) makes a[0] the very object d)

import keyword
d = {}
*a, = [d]
a[0]["k"] = keyword.kwlist
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
