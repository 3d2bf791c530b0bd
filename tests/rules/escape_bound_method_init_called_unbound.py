# expect: reject store
# why: Sink.__init__(Sink) runs __init__ with the class as self, so self.put there is the plain function, stored as Sink.f and called with keyword.kwlist as its self
# line: 12
import keyword


class Sink:
    def __init__(self):
        self.f = self.put

    def put(self, x):
        self.append(x)


Sink.__init__(Sink)
Sink.f(keyword.kwlist, "pwned")
print(keyword.kwlist[-1])
