# expect: reject store
# why: the red team's round 23m ok_05: csv.DictWriter(..., restval=exit).writerow(Row()) calls Row().get('a', exit);
# line: 25
# goal (lower tier): mutates a module-level object of the standard library: the builtins' exit
#   (site.Quitter); prints 'Use exit() or pwned to exit'. Run: /usr/bin/python3 ok_05.py
# mechanism: csv.DictWriter(..., restval=exit).writerow(Row()) calls Row().get('a', exit);
#   Row.get writes d.eof = 'pwned' into the interpreter-wide exit object.
# rule slipped: store (rules/README.md sec.4 point (3), the HANDED pool). handed_arg (analyzer/stores.c)
#   leaves out of HANDED every value maybe_data calls inert: "a builtin's name (no binding of the
#   program's, no import): a builtin type, function or exception class, none of which takes
#   attributes". But exit and quit are builtins that are site._Printer/Quitter INSTANCES with
#   writable attributes (name, eof), module-level objects shared by the whole interpreter: the
#   store rule itself knows it (`exit.eof = ...` written directly is refused), yet handed to a
#   library call it never joins HANDED, so the duck method's parameter holds nothing from a module
#   and `x.eof = ...` is judged a store into the program's own value.
import csv
import io


class Row:
    def keys(self):
        return {'a': 1}.keys()

    def get(self, k, d):
        d.eof = 'pwned'
        return 1


w = csv.DictWriter(io.StringIO(), ['a'], restval=exit)
w.writerow(Row())
print(repr(exit))
