# expect: accept
# why: += -= |= with an operand that is surely a number (len, a shift of literals, int()) changes no container in place: list, set, dict, deque, Counter and bytearray raise TypeError on an int; the name and the item written are judged as stores of their own

class Ring:
    def __init__(self, items):
        self.items = list(items)
        self.bits = bytearray(4)

    def __getitem__(self, index):
        if index < 0:
            index += len(self.items)
        self.bits[index >> 3] |= 1 << (3 & 7)
        return self.items[index]

r = Ring("abcdef")
print(r[-1], r[2], bytes(r.bits))
total = 0
total += int("4") * 2 - len(r.items)
print(total)
