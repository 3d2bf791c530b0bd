# family: wall (memory: gh-142637, OrderedDict __delitem__, pop, move_to_end)   goal: crash   interpreter: /usr/bin/python3
# OrderedDict's __delitem__, pop and move_to_end look the key up in the dict (the
# keys' __eq__ run there: Original and Trigger share a hash) and then go on with the
# node array, or the node, they had found before the lookup. Trigger's __eq__
# clears the dict: the nodes and the node array are freed under the C code, which
# reads and writes through them (SIGSEGV in the image's 3.11.2; the bug is open
# upstream in every branch). Each method in turn, on a dict of its own: the wall
# answers RuntimeError for each, plain python3 dies at the first.
from collections import OrderedDict


class Original:
    def __hash__(self):
        return 1


class Trigger:
    armed = False

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if Trigger.armed:
            Trigger.armed = False
            od.clear()
        return NotImplemented


def delete(t):
    del od[t]


for name, act in (("del od[key]", delete),
                  ("pop", lambda t: od.pop(t)),
                  ("move_to_end", lambda t: od.move_to_end(t, last=False))):
    od = OrderedDict()
    od[Original()] = None
    t = Trigger()
    od[t] = 1
    Trigger.armed = True
    try:
        act(t)
        print(name, "returned", flush=True)
    except RuntimeError as e:
        print(name, "refused:", e, flush=True)
