# expect: reject store
# line: 12
# why: round 54b: a starred subscript or attribute target parses as a subscript of a starred name, not the target CPython binds (a new list of the value's items): refused, bind a name first
# goal: write into a library module namespace (sys.argv, the list module sys holds)
# mechanism: a starred assignment target that is a subscript (`*d["k"], = ...`)
# stores a NEW list of the right side's elements into d["k"]; the checker never
# links that store, so d["k"] (hence h) is taken for the program's own empty
# value, and holder is never seen to receive sys.argv.
import sys
holder = []
d = {}
*d["k"], = [holder]
h = d["k"]
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
