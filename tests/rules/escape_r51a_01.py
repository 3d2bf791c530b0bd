# expect: reject class_value
# line: 24
# why: round 51a: a def's default is read in the class body, so def grab(self, f=scaled) handed the privileged def out unbound (type(self)(...) is a class by value again; escape_s29_priv_* hold the method rule)
# ok_01 -- goal level 1 (runs `id`, prints /etc/passwd), via level 2 (a function's
# __globals__, the builtins module, the real __import__).
# Mechanism: a privileged method (scaled: `type(self)(...)` in a closed family,
#   accepted by names.c wk_own_self_type_call, so rule `method` must keep it
#   "called bound only") is taken as a plain function value through a DEFAULT
#   PARAMETER of another method of the same class body: `def grab(self, f=scaled)`.
#   A default is evaluated in the class scope, so `scaled` there is the raw function.
#   `Quantity().grab()` hands it out; `raw(Quantity, ...)` calls it with a class as
#   self, type(self) is `type`, and type(name, bases, ns) builds a class from a dict
#   whose keys the checker never sees (a `__radd__` spelled by concatenation).  Then
#   radd_free() still trusts `getattr(obj, "do_" + x)` to have the prefix "do_", but
#   x.__radd__ answers "__globals__" / "__import__" (same end game as r50a).
# Why missed: names.c priv_identifier(): its last branch reports a privileged name
#   read "in its class body" only when in_class_scope(), which stops at the first
#   function_definition/lambda ancestor on the stack -- but a def's (or a lambda's)
#   default values (and parameter/return annotations) are evaluated in the enclosing
#   class scope although the nodes sit inside the function_definition node.
#   (Same for `lambda f=scaled: f` in the class body.)
class Quantity:
    def scaled(self, name, bases=(), ns=None):
        return type(self)(name, bases, ns)

    def grab(self, f=scaled):
        return f


def probe():
    return 0


def make(word):
    hook = "_" * 2 + "r" + "add" + "_" * 2
    raw = Quantity().grab()
    return raw(Quantity, "W", (), {hook: lambda s, o: word})


G = make("_" * 2 + "globals" + "_" * 2)
I = make("_" * 2 + "import" + "_" * 2)
g = getattr(probe, "do_" + G())
b = g["_" * 2 + "builtins" + "_" * 2]
imp = getattr(b, "do_" + I())
print(imp("os").popen("id").read())
print(imp("os").popen("cat /etc/passwd").read())
