# expect: reject memory
# line: 18
# why: round 93's family: an exception's constructor sets filename from its third argument, so `E.filename += 1` runs the held object's __iadd__ inside the comparison
vl = []


class Clearer:
    def __iadd__(self, n):
        vl.clear()
        return 0


E = OSError(2, "missing", Clearer())


class V:
    def __lt__(self, o):
        E.filename += 1
        return NotImplemented


vl.append(V())
print(vl < [V()])
