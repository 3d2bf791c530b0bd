# expect: reject store
# why: s is bound to the class itself, so s.put is the plain function and the opaque call's first argument (keyword.kwlist) is its self
# line: 9
import keyword


class Sink:
    def put(self, x):
        self.append(x)


s = Sink
handlers = [s.put]
for h in handlers:
    h(keyword.kwlist, "pwned")
print(keyword.kwlist[-1])
