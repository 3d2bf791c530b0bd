# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (an augmented assignment through the alias extends d's list in place)

import keyword
d = []
a = d
a += [keyword.kwlist]
d[0].append(3)
print(keyword.kwlist[-1])
