# expect: reject store
# line: 9
# why: round 55: a library call that hands back an argument's object: alias_roots links it at any depth (ALIAS_ANY), and two_way() excludes ALIAS_ANY, so stores through the original name never reach the result's #held
import sys, functools, operator, random, itertools, heapq, contextlib, collections, queue, types
holder = []
d = []
for e in iter([d]): pass
e.append(holder)
d[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
