# expect: reject store
# why: a __new__ bound after the class statement (fresh_new_call does not see it) is a dunder store, refused on its own
# line: 16
import keyword


class Sink:
    def fill(self):
        return self


def grab(cls):
    return keyword.kwlist


Sink.__new__ = grab
x = Sink.__new__(Sink)
x.append("pwned")
print(keyword.kwlist[-1])
