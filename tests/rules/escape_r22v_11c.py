# expect: reject store
# why: a send() whose argument is spread (send(*xs)) is not followed: what `got = yield`
#   binds may then be anything, here the library list
# line: 10
import keyword


def gen():
    got = yield
    got.append("pwn")
    yield


g = gen()
next(g)
g.send(*[keyword.kwlist])
print(keyword.kwlist[-1])
