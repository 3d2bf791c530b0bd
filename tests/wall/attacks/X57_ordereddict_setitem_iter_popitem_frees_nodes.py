# family: wall (memory: gh-142637's siblings, OrderedDict store, iteration, popitem)   goal: crash   interpreter: /usr/bin/python3
# The same bug as X55 in the other OrderedDict code that looks a key up and goes on
# with what it found before: a store places the new key's node with a second
# lookup; an iterator looks its current key up for the next node; popitem looks the
# last key up twice. A key's __eq__ that clears the dict there frees the node array
# (SIGSEGV in the image's 3.11.2). Each in turn: the wall answers RuntimeError.
from collections import OrderedDict


class Original:
    def __hash__(self):
        return 1


class Trigger:
    arm_at = 0

    def __hash__(self):
        return 1

    def __eq__(self, other):
        Trigger.arm_at -= 1
        if Trigger.arm_at == 0:
            od.clear()
        return NotImplemented


def store():
    Trigger.arm_at = 2          # the store's second lookup (the node's)
    od[Trigger()] = 1


def iterate():
    od[Trigger()] = 1
    Trigger.arm_at = 1
    list(od)


def popitem():
    od[Trigger()] = 1
    Trigger.arm_at = 1
    od.popitem()


for act in (store, iterate, popitem):
    od = OrderedDict()
    od[Original()] = None
    try:
        act()
        print(act.__name__, "returned", flush=True)
    except RuntimeError as e:
        print(act.__name__, "refused:", e, flush=True)
