# expect: reject store
# why: twenty-first red team, the red team's ok_07: a library object made from arguments (SimpleNamespace) keeps them as attributes: an attribute read of it may be any of them
# line: 13
# goal: write into a namespace the program did not create (keyword.kwlist, the keyword module's list, extended)
# mechanism: a = types.SimpleNamespace(x=d).x hands back d itself
# family: (4) namespace writes, store rule alias links (analyzer/stores.c alias_roots / EV_ALIAS).
# rule slipped: store. The alias links follow the language's binding forms and d.get/pop/setdefault/__getitem__,
#   but not a library class instance holding its keyword argument as an attribute (SimpleNamespace), so the store of the library list through the second name 'a' is never carried back to 'd'
#   and the later d["k"].append is judged a mutation of the program's own value. (README section 4 "left open".)
import keyword, functools, operator, types, random
d = {}
a = types.SimpleNamespace(x=d).x
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
