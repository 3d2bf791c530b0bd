# expect: reject store
# line: 28
# why: the red team's round 25t ok_06 (its header below): a lambda or comprehension in a def's default or annotation runs in the enclosing scope, but the def's body after it is still the def's: scopes.c innermost scans every scope that starts before the byte
# goal (lower tier): mutates keyword.kwlist (a module-level list of the standard library).
# mechanism: as ok_01: inner(a=lambda: 0) declares `global kw` and binds kw = keyword.kwlist; the scope
#   table resolves that binding to outer's local kw (innermost() walks from the default's lambda, whose
#   parent is outer), so @g:kw holds only `kw = []`; `kw.append(...)` at module level appends to kwlist.
# rule slipped: store (global_copies/@g:kw). Control: `def inner():` is refused.
# family/principle: as ok_01.
import keyword

kw = []


def outer():
    kw = 0

    def inner(a=lambda: 0):
        global kw
        kw = keyword.kwlist
        return 0

    inner()
    return kw


outer()
kw.append("planted")
print(keyword.kwlist[-3:], keyword.iskeyword("planted") or "planted" in keyword.kwlist)
