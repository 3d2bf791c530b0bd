# expect: accept
# A class with __index__ and __int__ (a list index, range's bound) in a program that
# neither imports array nor names bytearray: list stores convert before they write.
class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __int__(self):
        return self.n


names = ["zero", "one", "two", "three"]
names[Slot(2)] = "TWO"
print(names[Slot(3)], list(range(Slot(3))), int(Slot(5)) + 1, hex(Slot(255)))
