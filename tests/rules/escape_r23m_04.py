# expect: reject store
# why: the red team's round 23m ok_04: bisect.insort(S(), quit) calls S().insert(0, quit) (S has __len__ and insert);
# line: 24
# goal (lower tier): mutates a module-level object of the standard library: the builtins' quit
#   (site.Quitter); prints 'Use quit() or pwned to exit'. Run: /usr/bin/python3 ok_04.py
# mechanism: bisect.insort(S(), quit) calls S().insert(0, quit) (S has __len__ and insert);
#   S.insert writes x.eof = 'pwned' into the interpreter-wide quit object.
# rule slipped: store (rules/README.md sec.4 point (3), the HANDED pool). handed_arg (analyzer/stores.c)
#   leaves out of HANDED every value maybe_data calls inert: "a builtin's name (no binding of the
#   program's, no import): a builtin type, function or exception class, none of which takes
#   attributes". But exit and quit are builtins that are site._Printer/Quitter INSTANCES with
#   writable attributes (name, eof), module-level objects shared by the whole interpreter: the
#   store rule itself knows it (`exit.eof = ...` written directly is refused), yet handed to a
#   library call it never joins HANDED, so the duck method's parameter holds nothing from a module
#   and `x.eof = ...` is judged a store into the program's own value.
import bisect


class S:
    def __len__(self):
        return 0

    def insert(self, i, x):
        x.eof = 'pwned'


bisect.insort(S(), quit)
print(repr(quit))
