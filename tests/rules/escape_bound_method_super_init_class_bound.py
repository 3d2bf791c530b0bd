# expect: reject store
# why: reset called with the class as self makes super() class-bound: Base.__init__ runs with Sink as self, so self.put is the plain function, then called with keyword.kwlist as self
# line: 12
import keyword


class Base:
    def __init__(self):
        self.f = self.put

    def put(self, x):
        self.append(x)


class Sink(Base):
    def reset(self):
        super().__init__(Sink)


Sink.reset(Sink)
Sink.f(keyword.kwlist, "pwned")
print(keyword.kwlist[-1])
