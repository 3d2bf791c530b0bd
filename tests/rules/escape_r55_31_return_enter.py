# expect: reject store
# line: 13
# why: round 55: an object handed back by a program function/protocol method: the returns key "()f" / "(ret)..." starts with '(' so two_way() never carries stores through the original name back to the caller's name
import sys
holder = []
d = [[]]
class K:
    def __enter__(self):
        return d[0]
    def __exit__(self, *a):
        pass
with K() as e:
    e.append(holder)
d[0][0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
