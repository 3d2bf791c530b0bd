# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a starred target is not unpacked by position: rest is a new list of the remaining elements, and rest[0] is the library's list

import keyword

first, *rest = [], keyword.kwlist
rest[0].append("ZZZ")
print(keyword.kwlist[-1])
