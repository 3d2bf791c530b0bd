# expect: reject class_value
# line: 28
# why: round 50a: a class statement named super in a def never called made the builtin super a base the family check took for the program's class; a super object then handed a privileged method out unbound, type(self) was type
# Goal reached: level 1 (runs `id`, prints /etc/passwd) -- via level 2 (a function's
# __globals__, the builtins module, the real __import__).
# Mechanism: (a) `class Lens(super)` with `super` also bound by a class statement in a
#   def never called (`def _unused(): class super: ...`): the census sees `super` bound
#   once by a class statement, so names.c base_kind() calls it BASE_OWN and
#   closed_family() judges the whole program's family closed; at run time the base is
#   the builtin `super`.  (b) `Lens(Cup, Cup).scaled` is super(Cup, Cup).scaled: a super
#   proxy whose second argument is a class hands back the plain function, so the
#   "privileged" method scaled (rule `method`: called bound only) gets self = Cup, a
#   class; the call passes the method's first required parameter by keyword
#   (`.scaled(Cup, name=...)`), so rule `method` counts one positional for one required
#   parameter and takes it for a bound call. (c) In scaled, type(self) is then `type`,
#   and wk_own_self_type_call() accepted `type(self)(name, bases, ns)`: a class built at
#   run time from a dict whose keys the checker never sees (`__radd__` spelled by
#   concatenation). (d) With a `__radd__` in the program nobody wrote as an identifier,
#   radd_free() still believes `getattr(obj, "do_" + x)` has the letter prefix "do_",
#   but x.__radd__ answers "__globals__" / "__import__".
# Why missed: names.c base_kind() (census by name ignores scope and builtins
#   fallback: a class statement in another scope does not bind the name where the base
#   is read); is_own_receiver()/rule `method` (a super(C, C) proxy, or a subclass of
#   super, hands out unbound methods, and a keyword can fill the required positional);
#   radd_free (text-only view of dunders; class dicts built by type() are invisible).
class Quantity:
    def scaled(self, name, bases=(), ns=None):
        return type(self)(name, bases, ns)


class Cup(Quantity):
    pass


class Lens(super):
    pass


def _unused():
    class super:
        pass


def probe():
    return 0


def make(word):
    hook = "_" * 2 + "r" + "add" + "_" * 2
    return Lens(Cup, Cup).scaled(Cup, name="W", bases=(), ns={hook: lambda s, o: word})


G = make("_" * 2 + "globals" + "_" * 2)
I = make("_" * 2 + "import" + "_" * 2)
g = getattr(probe, "do_" + G())
b = g["_" * 2 + "builtins" + "_" * 2]
imp = getattr(b, "do_" + I())
print(imp("os").popen("id").read())
print(imp("os").popen("cat /etc/passwd").read())
