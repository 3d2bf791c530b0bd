# expect: reject store
# line: 11
# why: round 54a: the keyword hold read back through d.get('k')
# goal: write into a library module namespace (sys.argv)
# mechanism: the keyword hole combined with plain_get: d.get(k) is d one level down, and d never held V
import sys
holder = []
d = {}
d.update(k=[holder])
h = d.get("k")
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
