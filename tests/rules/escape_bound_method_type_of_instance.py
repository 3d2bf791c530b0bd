# expect: reject store
# why: type(s).put is read through the class: the plain function, whose self the caller gives (keyword.kwlist)
# line: 12
import keyword


class Sink:
    def __init__(self):
        self.box = []

    def put(self, x):
        self.append(x)


s = Sink()
f = type(s).put
f(keyword.kwlist, "pwned")
print(keyword.kwlist[-1])
