# expect: reject store
# why: what a generator's send() passes in is what `got = yield` binds: a library list sent
#   in is the library's, and appending to it in the generator changes the module's data
# line: 10
import keyword


def gen():
    got = yield
    got.append("pwn")


g = gen()
next(g)
try:
    g.send(keyword.kwlist)
except StopIteration:
    pass
print(keyword.kwlist[-1])
