# family: wall (memory: gh-142734, gh-148660, OrderedDict.copy walks freed nodes)   goal: crash   interpreter: /usr/bin/python3
# OrderedDict.copy walks the dict's node list and, for each node, looks its value
# up: through the subclass's __getitem__ (gh-142734, open upstream) or, for an
# exact OrderedDict, a lookup where the keys' __eq__ run (gh-148660, fixed in 3.13
# and later only). Either clears the dict: the nodes are freed, bytearrays take the
# blocks back, and copy follows the next pointer of a freed node (SIGSEGV, or
# "free(): invalid pointer" and SIGABRT, in the image's 3.11.2). The wall answers
# RuntimeError for both (clear refused while copy looks up).
from collections import OrderedDict

junk = []


class Evil(OrderedDict):
    armed = False

    def __getitem__(self, key):
        if Evil.armed:
            Evil.armed = False
            OrderedDict.clear(self)
            junk.extend(bytearray(b"\xff" * 24) for i in range(200))
        return None


class K:
    armed = False

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if K.armed:
            K.armed = False
            exact.clear()
            junk.extend(bytearray(b"\xff" * 24) for i in range(200))
        return NotImplemented


sub = Evil((i, i) for i in range(8))
exact = OrderedDict()
exact[K()] = 1
exact[K()] = 2
exact[3] = 3
for name, od, cls in (("subclass __getitem__", sub, Evil), ("key __eq__", exact, K)):
    cls.armed = True
    try:
        od.copy()
        print(name, "returned", flush=True)
    except RuntimeError as e:
        print(name, "refused:", e, flush=True)
