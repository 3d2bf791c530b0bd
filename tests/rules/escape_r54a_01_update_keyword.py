# expect: reject store
# line: 11
# why: round 54a: d.update(k=[holder]) makes the list an item of d; the hold linked the keyword node, never its value (hold_args takes what the callee receives)
# goal: write into a library module namespace (sys.argv)
# mechanism: hold_args passes the keyword_argument node, not its value, so d.update(k=V) never puts V into d
import sys
holder = []
d = {}
d.update(k=[holder])
h = d["k"]
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
