# expect: reject store
# line: 8
# why: round 55: a library call that hands back an argument's object: alias_roots links it at any depth (ALIAS_ANY), and two_way() excludes ALIAS_ANY, so stores through the original name never reach the result's #held
import sys, copy, collections
holder = []
d = [[]]
c = copy.copy(d)
c[0].append(holder)
d[0][0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
