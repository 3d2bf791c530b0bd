# expect: accept
# A class with __index__ and __int__ (usable as a list index and in range) in a program
# that does not import array: list and bytearray stores convert before they write.
class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __int__(self):
        return self.n


names = ["zero", "one", "two", "three"]
buf = bytearray(4)
buf[Slot(1)] = Slot(65)
names[Slot(2)] = "TWO"
print(names[Slot(3)], list(range(Slot(3))), bytes(buf), int(Slot(5)) + 1, hex(Slot(255)))
