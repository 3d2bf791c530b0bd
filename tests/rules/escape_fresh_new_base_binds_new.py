# expect: reject store
# why: Sink.__new__ is its base's __new__ (chain_binds_new), which hands back keyword.kwlist: no new instance of Sink
# line: 18
import keyword


class Base:
    def __new__(cls):
        return keyword.kwlist


class Sink(Base):
    def fill(self):
        return self


x = Sink.__new__(Sink)
x.append("pwned")
print(keyword.kwlist[-1])
