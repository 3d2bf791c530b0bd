# expect: reject store
# line: 14
# why: round 55: an object handed back by a program function/protocol method: the returns key "()f" / "(ret)..." starts with '(' so two_way() never carries stores through the original name back to the caller's name
import sys
class K:
    def __init__(self):
        self.items = []
    @property
    def view(self):
        return self.items
k = K()
holder = []
k.view.append(holder)
k.items[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
