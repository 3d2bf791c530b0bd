# expect: reject store
# line: 11
# why: round 54b: a starred subscript or attribute target parses as a subscript of a starred name, not the target CPython binds (a new list of the value's items): refused, bind a name first
# goal: write into a library module namespace (sys.argv)
# mechanism: `*d["k"], = [sys.argv]` makes d["k"] a new list holding sys.argv;
# the subscript branch of bind_targets_up files the hold at the subscript's own
# level and drops the starred target's extra level (`up`), so d["k"][0] is
# taken for a part of the program's own value, not a module's list.
import sys
d = {}
*d["k"], = [sys.argv]
d["k"][0].append("pwn")
print(sys.argv)
