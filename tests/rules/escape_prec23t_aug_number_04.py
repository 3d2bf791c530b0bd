# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a rebound len is no builtin: its result may be a list, which += appends to the library's list

import keyword

def len(x):
    return ["planted"]

kw = keyword.kwlist
kw += len(kw) + 0 if False else len(kw)
print(keyword.kwlist[-1])
