# expect: reject memory
# line: 8
# why: from array import * brings array.array in without a bound module name: a class's __index__ still runs inside an array's store
from array import *


class Shrink:
    def __index__(self):
        return 1


data = array("b", [0] * 8)
data[0] = Shrink()
