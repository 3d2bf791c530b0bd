# expect: reject builtin
# why: eighteenth red team (the red team's ok_04): a '+' with a right operand whose __radd__
#   answers the name, so the literal on the left is no prefix of it
# line: 27
# ok_04 -- goal: the real builtins module as a value and its __import__ ->
#   os -> `id`; reads /etc/passwd through builtins.open.
# Mechanism (family 1 + 3, implicit call): same literal-prefix hole, but the
#   right operand is even wrapped in str(): `"do_" + str(w)`.  str(w) returns
#   whatever w.__str__ returns as long as it is a str instance -- a str
#   SUBCLASS instance passes through unchanged -- so __radd__ still decides the
#   name.  Shows that "the right operand is str(...)" would not be a fix.
# Rule slipped past: builtin (literal-prefix getattr), dunder
#   (written_dunder_text: names built with slices).
class N(str):
    def __radd__(self, other):
        return str.__str__(self)[1:]


class W:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return N(self.name)


b = getattr(print, "do_" + str(W("x__self__")))
print("builtins module:", b)
imp = getattr(b, "do_" + str(W("x__import__")))
imp("os").system("id")
op = getattr(b, "do_" + str(W("xopen")))
print(op("/etc/passwd").readline().strip())
