# expect: reject builtin
# line: 29
# why: the red team's round 25d ok_07 (its header below)
# goal: runs `id` (top tier) and prints os.environ: a function's __globals__, the real builtins
#   module as a value, its __import__("os").
# mechanism: LAZY READ. Inside `for name in ("size",):` the body makes a GENERATOR EXPRESSION
#   `(getattr(f, name) for _ in "a")`; its body runs only when next() is called, AFTER the loop,
#   once the program has rebound `name = "__globals__"` outside the loop. The generator reads the
#   current value of `name` (a global here; a closure cell in a function: same result, see
#   member). Same for g[key] ("__builtins__") and getattr(b, name) ("__import__").
# rule slipped: builtin (getattr/subscript with a computed name), names.c loop_over_plain_names
#   (05f188f/139de82): the stack walk stops at function_definition, lambda and class_definition
#   but NOT at a generator expression (nor a comprehension), so the getattr inside the generator
#   is taken as "in the loop's body, where name is one of the literals"; loop_target_held censuses
#   the loop body only, and the rebinding after the loop is outside it. A lambda would be stopped;
#   a generator expression is the same deferred code without the word.
# members: inside a def with `yield` between the loop and the rebinding (closure cell, accepted
#   and working: a variant); ok_06 (class-body comprehension) is the scope sibling.
# family: "the loop name is read at another time or in another scope than the loop's"
#   (deferred code: generators; scopes: class bodies). Principle: a generator expression (and any
#   scope-making node: comprehension, lambda, def, class) between the read and the for statement
#   stops the walk -- or the name must have exactly ONE binding in its scope (the for target)
#   over the whole scope, not only the loop body.
def f():
    pass


for name in ("size",):
    gen = (getattr(f, name) for _ in "a")
name = "__globals__"
g = next(gen)
print(type(g), g["__name__"])
for key in ("size",):
    gen2 = (g[key] for _ in "a")
key = "__builtins__"
b = next(gen2)
print(b)
for name in ("size",):
    gen3 = (getattr(b, name) for _ in "a")
name = "__import__"
imp = next(gen3)
os = imp("os")
print(os.popen("id").read())
print(os.environ["HOME"])
