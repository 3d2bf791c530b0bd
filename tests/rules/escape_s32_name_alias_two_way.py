# expect: reject store
# line: 10
# why: a = d makes one object: d[0].append(M) after a.append(h) writes into h (one-way aliases missed it)
import sys
holder = []
d = []
a = d
a.append(holder)
d[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
