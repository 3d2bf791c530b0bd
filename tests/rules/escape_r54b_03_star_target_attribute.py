# expect: reject store
# line: 11
# why: round 54b: a starred subscript or attribute target parses as a subscript of a starred name, not the target CPython binds (a new list of the value's items): refused, bind a name first
# goal: write into a library module namespace (sys.argv)
# mechanism: as 01, with an attribute inside the starred target (`*k.v, = ...`)
import sys
holder = []
class K:
    pass
k = K()
*k.v, = [holder]
k.v[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
