# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N, our own: time.struct_time(seq) holds seq's items as its own (refused before: the list display)

import keyword
import time

# struct_time(seq) holds seq's items as its own: one level up
stamp = time.struct_time([keyword.kwlist] * 9)
stamp[0].append("pwned")
print(keyword.kwlist[-1])
