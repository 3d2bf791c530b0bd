# expect: reject store
# line: 9
# why: round 55: shallow copy under iteration: alias_roots -> shallow_copy_arg recurses with (iter+1, up+1) also when iter>0, so the element of list(d) is linked to d one level too deep and a store into the element itself is cleared (EV_
import sys
holder = []
d = [holder]
for c in tuple(d):
    c.append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
