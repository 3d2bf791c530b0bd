# expect: reject store
# line: 13
# why: round 55: an object handed back by a program function/protocol method: the returns key "()f" / "(ret)..." starts with '(' so two_way() never carries stores through the original name back to the caller's name
import sys
class Box:
    def __init__(self):
        self.items = []
    def get(self):
        return self.items
b = Box()
holder = []
e = b.get()
e.append(holder)
b.items[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
