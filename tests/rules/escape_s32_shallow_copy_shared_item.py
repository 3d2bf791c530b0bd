# expect: reject store
# line: 10
# why: list(d) shares d's items: h stored into c[0] is written by d[0][0].append(M)
import sys
holder = []
d = [[]]
c = list(d)
c[0].append(holder)
d[0][0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
