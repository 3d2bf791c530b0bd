# expect: reject store
# why: y = yield from g() is what g returns
# line: 14
import keyword


def g():
    return keyword.kwlist
    yield


def h():
    y = yield from g()
    y.append("pwn")


list(h())
print(keyword.kwlist[-1])
