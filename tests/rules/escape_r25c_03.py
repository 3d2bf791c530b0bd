# expect: reject builtin
# line: 25
# why: the red team's round 25c ok_03 (its header below)
# goal: runs `id` (top tier) and prints os.environ: a function's __globals__, then the real
#   builtins module, then __import__("os").
# mechanism: `for name, name in [("size", "__globals__")]` -- the same name twice in the loop's
#   target. Python assigns left to right, so name ends up as the row's LAST element
#   ("__globals__"), but the checker reads the row's element at the FIRST place of the name.
#   getattr(f, name) is then f.__globals__; g[key] (same trick) is the real builtins module;
#   getattr(b, name) is its __import__.
# rule slipped: builtin (getattr with a computed name), names.c loop_over_plain_names /
#   target_place (05f188f): target_place returns the index of the FIRST identifier equal to the
#   name in the flat target tuple and stops looking, so the row's place 0 ("size", a plain public
#   name) is what judge_loop_names judges; the later element of the same row (a dunder) is never
#   looked at. loop_target_held only censuses the loop BODY, not the target itself.
# family: "the loop's name holds something else than the literal judged" (the target rebound by
#   the target itself). Principle: a target is followed only when the name occurs exactly ONCE
#   in the whole target pattern (and the target has no subscript/attribute parts whose
#   evaluation could run code or walrus-rebind it); or simply judge EVERY element of every row.
def f():
    pass


for name, name in [("size", "__globals__")]:
    g = getattr(f, name)
print(type(g), g["__name__"])
for key, key in [("size", "__builtins__")]:
    b = g[key]
print(b)
for name, name in [("size", "__import__")]:
    imp = getattr(b, name)
os = imp("os")
print(os.popen("id").read())
print(os.environ["HOME"])
