# expect: reject format
# line: 16
# why: round 97 (the red team's near miss, a working escape once the program imports nothing): T.items().mapping is a proxy of the table, whose == hands the table itself to the program's __eq__, which returned it under another name (os.environ); a view of a table is read in place, never through its attributes
class M:
    def __eq__(self, other):
        return other


def f():
    return 0


T = {"k": "{0}"}
r = T.items().mapping == M()
r["k"] = "{0.__globals__[__builtins__].help.__call__.__globals__[sys].modules[os].environ}"
print(T["k"].format(f))
