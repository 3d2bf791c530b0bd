# expect: reject store
# why: send taken as a value (its arguments not followed): what `got = yield` binds may be
#   anything, here the library list passed through the bound method
# line: 10
import keyword


def gen():
    got = yield
    got.append("pwn")
    yield


g = gen()
next(g)
snd = g.send
snd(keyword.kwlist)
print(keyword.kwlist[-1])
