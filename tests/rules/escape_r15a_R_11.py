# expect: reject dunder
# line: 28
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: `from copy import deepcopy` then `global deepcopy; deepcopy = grab` in a function: __deepcopy__'s memo reaches the program's function (ours)
import copy
from copy import deepcopy

seen = []


def grab(value, memo):
    seen.append(memo)
    return value


def install():
    global deepcopy
    deepcopy = grab


install()


class Box:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        return Box(deepcopy(self.v, memo))


copy.deepcopy([Box(1), {"k": [1, 2]}])
print(type(seen[0]), len(seen[0]) > 0)
