# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a binding form the alias links missed (generator send: a = yield receives d through it.send(d))

import keyword
d = {}
def gen():
    a = yield
    a["k"] = keyword.kwlist
    yield
it = gen()
next(it)
it.send(d)
d["k"].append("ZZZ")
print(keyword.kwlist[-1])
