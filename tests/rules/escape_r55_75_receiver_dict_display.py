# expect: reject store
# line: 9
# why: round 55: a store whose receiver is an expression (walrus, conditional, or/and, display subscript): call_rooted_key files it under a temp key "(item@N)", which two_way() excludes, so d's later stores never reach it
import sys
holder = []
d = [[]]
{"k": d[0]}["k"].append(holder)
d[0][0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
