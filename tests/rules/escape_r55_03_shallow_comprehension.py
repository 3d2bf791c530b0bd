# expect: reject store
# line: 8
# why: round 55: shallow copy under iteration: alias_roots -> shallow_copy_arg recurses with (iter+1, up+1) also when iter>0, so the element of list(d) is linked to d one level too deep and a store into the element itself is cleared (EV_
import sys
holder = []
d = [holder]
[c.append(sys.argv) for c in list(d)]
holder[0].append("pwn")
print(sys.argv)
