# expect: reject store
# line: 9
# why: round 54b: a starred subscript or attribute target parses as a subscript of a starred name, not the target CPython binds (a new list of the value's items): refused, bind a name first
# goal: write into a library module namespace (sys.argv)
# mechanism: as 01, spelt as a list pattern `[*d["k"]] = [holder]`
import sys
holder = []
d = {}
[*d["k"]] = [holder]
d["k"][0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
