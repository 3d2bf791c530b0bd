# expect: reject store
# line: 10
# why: list(d) shares d's items: h stored into d[0] is written by c[0][0].append(M)
import sys
holder = []
d = [[]]
c = list(d)
d[0].append(holder)
c[0][0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
