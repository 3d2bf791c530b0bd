# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: `*=` with a number repeats a list in place (`*= 0` empties it): surely_number passes += -= |= &= ^= only

import keyword
kw = keyword.kwlist
kw *= len(kw) - len(kw)
print(len(keyword.kwlist))
