# expect: reject store
# why: twenty-first red team, the red team's ok_03: a decorator factory's inner function returns d, which replaces the def: the decorated name is what a call of the factory's product returns, linked to what every escaping function returns
# line: 21
# goal: write into a namespace the program did not create (keyword.kwlist extended)
# mechanism: a decorator factory: @deco(1) applies the inner function, whose return (d) replaces the def
# family: (4) namespace writes, store rule alias links (analyzer/stores.c alias_roots / EV_ALIAS).
# rule slipped: store. The alias links follow the language's binding forms and d.get/pop/setdefault/__getitem__,
#   but not a decorator factory's inner function's returns (only the outer deco's returns are aliased), so the store of the library container through the second name 'a' is never
#   carried back to 'd' ('d#held' stays clean) and the later mutation through 'd' is judged a store into the program's own dict.
#   (rules/README.md section 4 lists this as "left open"; it is still accepted and reaches the goal.)
import keyword
d = {}
def deco(x):
    def inner(fn):
        return d
    return inner
@deco(1)
def task():
    pass
task["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
