# expect: reject format
# line: 21
# why: round 97e (red team): g(T.values()) handed the view to a program function, which read .mapping and returned the table through an operator
T = {"k": "hello {0}"}


class M:
    def __ror__(self, other):
        return other


def f():
    pass


def g(view):
    return view.mapping | M()


g(T.values())["k"] = "{0.__globals__[__builtins__].__loader__.find_spec.__globals__[sys].modules[os].environ}"
print(T["k"].format(f)[:80])
