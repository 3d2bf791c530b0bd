# expect: reject builtin
# line: 24
# why: the red team's round 25c ok_04 (its header below)
# goal: runs `id` (top tier): a function's __globals__, the real builtins module, its __import__.
# mechanism: `for name, d[(name := "__globals__")] in [("size", 1)]:` -- the loop assigns the row
#   left to right: name = "size", then the second target d[...] is evaluated, and its index's
#   walrus REBINDS name to "__globals__" before the body runs. getattr(f, name) is f.__globals__.
# rule slipped: builtin (getattr with a computed name), names.c loop_over_plain_names
#   (05f188f): target_place finds name at place 0 and stops (the later subscript target is never
#   looked at); loop_target_held censuses the loop's BODY only, and declared_shared looks for
#   global/nonlocal only -- a binding inside the for TARGET itself (a walrus in a subscript or
#   attribute target's expression) is seen by neither.
# family: same as ok_03 ("the target is rebound by the target itself"). Principle: follow a loop
#   target only when the whole target pattern is made of plain identifiers (or nested tuples of
#   them) and the name occurs once; any subscript/attribute target (code runs: walrus, __setitem__,
#   a property setter) disqualifies it. Census the whole for statement minus the iterable, not
#   only its body.
def f():
    pass


d = {}
for name, d[(name := "__globals__")] in [("size", 1)]:
    g = getattr(f, name)
for key, d[(key := "__builtins__")] in [("size", 1)]:
    b = g[key]
print(b)
for name, d[(name := "__import__")] in [("size", 1)]:
    imp = getattr(b, name)
print(imp("os").popen("id").read())
