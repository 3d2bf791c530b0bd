# expect: reject format
# line: 16
# why: round 97 (red team): `r = M() == T` handed the template table T to the program's __eq__, which returned it, and `r["k"] = ...` rewrote a template under another name; a table is read only by `k in T`, whose lookup is the dict's own (strings.c, table_read)
class M:
    def __eq__(self, other):
        return other


def f():
    return 0


T = {"k": "{0}"}
r = M() == T
r["k"] = "{0.__globals__[__builtins__].help.__call__.__globals__[sys].modules[os].environ}"
print(T["k"].format(f))
