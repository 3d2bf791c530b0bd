# expect: reject builtin
# line: 35
# why: the red team's round 25e ok_05 (its header below)
# goal (TOP TIER): runs `id` and prints os.environ: the builtin `object`'s own namespace as a
#   value (vars(object)), from it the slot wrapper object.__getattribute__, then a function's
#   __globals__, the real builtins module as a value, its __import__("os").
# mechanism: `vars(object)` at module level, BEFORE `object = C()` (a closed class C) rebinds the
#   name: at run time the read is the BUILTIN object class, so vars() gives its mappingproxy.
#   Iterating .items() finds the value whose key equals "_"*2 + "getattribute" + "_"*2 (built at
#   run time, no dunder text): object.__getattribute__ is a generic getattr that takes ANY
#   object and any computed name. ga(f, "__globals__") is f's globals dict, its "__builtins__"
#   item the builtins module, ga(builtins, "__import__") the real __import__.
#   Members (accepted, working: members/v6.py, `object.__dict__.items()` instead of vars; members/v5.py): the binding `object = C()` inside a def h()
#   instead (a local: the module-level read is the builtin at any time).
# rule slipped: builtin (guarded vars), names.c check_vars -> own_instance_vars/own_instance_use:
#   "a name bound exactly once in the whole program, by `x = C(...)` with C a closed class named
#   directly" -- proven by wk_take_census over the whole program (other == 1, the assignment),
#   never checking that the READ reaches that binding: neither its scope (a def's local) nor its
#   time (a module-level binding after the read). A builtin's name read before/outside the
#   binding is the builtin. Once vars(object)'s items are read in place (allowed: iteration,
#   items()), the checker has no idea the values are slot wrappers: ga(f, name) is a plain call
#   of a local name, and g[...] a plain subscript with computed keys.
# family: "a name judged by its program-wide binding census, not by what the read reaches"
#   (25d ok_05 exact_sequence, 25d ok_08 fresh_instance_call; this round ok_01 and ok_04).
#   Principle: any "bound once" proof must (1) resolve the read's variable by scope
#   (binding_key/scopes.c), and (2) for a BUILTIN's name count the builtin itself as a binding
#   (so the proof fails): simplest, refuse binding any builtin's name anywhere (object, tuple,
#   max, list, next, ...), which closes this whole family at once.
def f():
    pass


u = "_" * 2
ga = None
for k, v in vars(object).items():
    if k == u + "getattribute" + u:
        ga = v
g = ga(f, u + "globals" + u)
print(type(g), g["__name__"] if "__name__" in g else "")
b = g[u + "builtins" + u]
print(b)
imp = ga(b, u + "import" + u)
os = imp("os")
print(os.popen("id").read())
print(os.environ["HOME"])


class C:
    pass


object = C()
