# expect: accept
# why: a private attribute set through a name bound once to an instance of the program's closed class (honest24 p10)
class Bits:
    def __init__(self, n):
        self.n = n
        self._bits = 0

    def _new(self, bits):
        b = Bits(self.n)
        b._bits = bits
        return b

    def union(self, other):
        return self._new(self._bits | other._bits)


print(Bits(4).union(Bits(4)).n)
