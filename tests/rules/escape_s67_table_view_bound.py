# expect: reject format
# line: 19
# why: round 97e (red team): v = T.items() bound the view, and v.mapping | M() handed the table to the program's __ror__, which returned it; a new template stored there printed os.environ. A view of a table is used up where it is written (iterated, right of in, or the only argument of a builtin that iterates it)
T = {"k": "hello {0}"}


class M:
    def __ror__(self, other):
        return other


def f():
    pass


v = T.items()
r = v.mapping | M()
r["k"] = "{0.__globals__[__builtins__].__loader__.find_spec.__globals__[sys].modules[os].environ}"
print(T["k"].format(f))
