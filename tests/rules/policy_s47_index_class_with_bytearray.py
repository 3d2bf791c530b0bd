# expect: reject memory
# line: 8
# why: once benign (bytearray's item store converts before it writes), refused since round 77: bytearray's searches (find, count, startswith) and step-slice stores convert start and end with __index__ after taking the buffer, so a program that names bytearray defines no conversion; benign_s47_index_class_without_bytearray keeps the same class beside lists
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
