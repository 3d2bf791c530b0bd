# expect: reject store
# line: 12
# why: round 55: an object handed back by a program function/protocol method: the returns key "()f" / "(ret)..." starts with '(' so two_way() never carries stores through the original name back to the caller's name
import sys
holder = []
d = [[]]
def g():
    yield from d
for e in g():
    e.append(holder)
d[0][0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
