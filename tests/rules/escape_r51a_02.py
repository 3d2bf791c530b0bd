# expect: reject class_value
# line: 19
# why: round 51a: a keyword argument's value (dict(f=scaled)) in the class body is a read of the def; only the keyword's name is none (type(self)(...) is a class by value again; escape_s29_priv_* hold the method rule)
# ok_02 -- goal level 1 (runs `id`, prints /etc/passwd), via level 2 (a function's
# __globals__, the builtins module, the real __import__).
# Mechanism: the privileged method scaled (type(self)(...) in a closed family, so
#   rule `method` must keep it "called bound only") is read as a plain function in
#   its own class body as the VALUE OF A KEYWORD ARGUMENT: `box = dict(f=scaled)`.
#   Quantity.box["f"] is then the raw function; called with a class as self,
#   type(self) is `type` and type(name, bases, ns) builds a class from a dict the
#   checker never reads (a computed `__radd__`), which defeats radd_free()'s
#   "do_" + x prefix reasoning for getattr (same end game as r50a / ok_01).
# Why missed: names.c priv_identifier(), last branch: it skips every identifier whose
#   parent is a keyword_argument (`ps != w->sym->keyword_argument`), meant for the
#   keyword's NAME (`f(scaled=1)`), but the keyword's VALUE is a child of the same
#   keyword_argument node, so `dict(f=scaled)` in the class body is never reported.
class Quantity:
    def scaled(self, name, bases=(), ns=None):
        return type(self)(name, bases, ns)

    box = dict(f=scaled)


def probe():
    return 0


def make(word):
    hook = "_" * 2 + "r" + "add" + "_" * 2
    raw = Quantity.box["f"]
    return raw(Quantity, "W", (), {hook: lambda s, o: word})


G = make("_" * 2 + "globals" + "_" * 2)
I = make("_" * 2 + "import" + "_" * 2)
g = getattr(probe, "do_" + G())
b = g["_" * 2 + "builtins" + "_" * 2]
imp = getattr(b, "do_" + I())
print(imp("os").popen("id").read())
print(imp("os").popen("cat /etc/passwd").read())
