# expect: reject builtin
# why: eighteenth red team (the red team's ok_02): a '+' with a right operand whose __radd__
#   answers the name, so the literal on the left is no prefix of it
# line: 21
# ok_02 -- goals: the real builtins module as a value (print.__self__), builtins'
#   __import__ (os), a write into builtins' namespace, then `id` and /etc/passwd.
# Mechanism (family 1 + 4): same hole as ok_01, a str subclass whose __radd__
#   answers for `"<letter-prefix>" + s`.  One class, the wanted name carried
#   in the instance (slices build the dunders, so no text is written starting
#   with "__").  The receiver of the write is a value getattr returned, which
#   the store rule cannot tie to a module.
# Rules slipped past: builtin (literal-prefix getattr/setattr allowance,
#   analyzer/names.c literal_prefix(): it takes the leftmost literal of a `+`
#   chain as the name's prefix), dunder (written_dunder_text: slices are not
#   "written" dunder text), store (the receiver `b` is no module path).
class N(str):
    def __radd__(self, other):
        return str(self)[1:]          # drop the marker char


b = getattr(print, "do_" + N("x__self__"))          # builtins module
print("builtins as a value:", b, type(b).__name__)
imp = getattr(b, "do_" + N("x__import__"))          # builtins.__import__
osm = imp("os")
print("os:", osm, "HOME =", osm.environ["HOME"])
setattr(b, "do_" + N("xPWNED_BY_R18"), "written into builtins")
print("builtins namespace now has PWNED_BY_R18 =", PWNED_BY_R18)
osm.system("id")
op = getattr(b, "do_" + N("xopen"))
print(op("/etc/passwd").read().splitlines()[0])
