# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: chr() returns text, and += with text extends a list by its characters: only an operand that is surely a number (len, int, a literal, arithmetic of those) changes no container

import keyword
kw = keyword.kwlist
n = 0
kw += chr(65 + len(kw) * 0)
print(keyword.kwlist[-1])
