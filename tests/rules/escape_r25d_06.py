# expect: reject builtin
# line: 32
# why: the red team's round 25d ok_06 (its header below)
# goal: runs `id` (top tier) and prints os.environ: a function's __globals__, the real builtins
#   module as a value, then its __import__("os").
# mechanism: CLASS-BODY SCOPING. `class K: for name in ("size",): g = [getattr(f, name) for _ in
#   "a"][0]` -- the for loop binds K's class-level `name`, but the list comprehension's own scope
#   cannot see class-level names: its `name` is the MODULE GLOBAL, which the program set to
#   "__globals__" beforehand. Same for g[key] ("__builtins__") and getattr(b, name) ("__import__").
# rule slipped: builtin (getattr/subscript with a computed name), names.c loop_over_plain_names
#   (05f188f/139de82): walking the stack up from the getattr it skips the list_comprehension
#   (it stops only at function_definition, lambda and class_definition) and finds the class
#   body's for statement whose target is `name`, so it judges "size" only. loop_target_held
#   censuses only the loop body (the module-level `name = "__globals__"` is outside it) and
#   declared_shared looks for global/nonlocal only. Python resolves `name` in a comprehension
#   inside a class body to the global, skipping the class scope.
# family: "the loop's name is read in another scope than the loop's" (scopes). Principle: a
#   comprehension/generator (any scope-making node) between the read and the for statement stops
#   the walk when the for statement is in a CLASS body (class-level names are invisible to nested
#   scopes); more generally, resolve the read with the scope table (binding_key) and follow the
#   loop only when the read's variable IS the for target's variable.
def f():
    pass


name = "__globals__"
key = "__builtins__"


class K:
    for name in ("size",):
        g = [getattr(f, name) for _ in "a"][0]


g = K.g
print(type(g), g["__name__"])


class K2:
    for key in ("size",):
        b = [g[key] for _ in "a"][0]


b = K2.b
print(b)
name = "__import__"


class K3:
    for name in ("size",):
        imp = [getattr(b, name) for _ in "a"][0]


os = K3.imp("os")
print(os.popen("id").read())
print(os.environ["HOME"])
