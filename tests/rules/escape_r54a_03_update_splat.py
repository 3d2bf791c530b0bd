# expect: reject store
# line: 12
# why: round 54a: d.update(**kw): kw's values become d's items (a splat's operand, one level in)
# goal: write into a library module namespace (sys.argv)
# mechanism: d.update(**kw): the dictionary_splat node is no value to hold_args; kw's values never become d's items
import sys
holder = []
d = {}
kw = {"k": [holder]}
d.update(**kw)
h = d["k"]
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
