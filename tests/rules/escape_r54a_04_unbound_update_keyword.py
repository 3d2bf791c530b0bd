# expect: reject store
# line: 11
# why: round 54a: dict.update(d, k=[holder]) through the class: the same hold by keyword
# goal: write into a library module namespace (sys.argv)
# mechanism: dict.update(d, k=V) through the class: the same keyword node skipped in hold_args
import sys
holder = []
d = {}
dict.update(d, k=[holder])
h = d["k"]
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
