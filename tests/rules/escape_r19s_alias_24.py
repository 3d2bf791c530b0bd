# expect: reject store
# why: twenty-first red team (the red team's ok_05): a library call hands back its
#   argument's object, so what is stored through its result is stored into that object
# line: 15
# goal: write into a namespace the program did not create (keyword.kwlist, the keyword module's list, extended)
# mechanism: a = max([d], key=len) hands back d itself
# family: (4) namespace writes, store rule alias links (analyzer/stores.c alias_roots / EV_ALIAS).
# rule slipped: store. The alias links follow the language's binding forms and d.get/pop/setdefault/__getitem__,
#   but not max/min/sorted with key= returning an element of the argument, so the store of the library list through the second name 'a' is never carried back to 'd'
#   and the later d["k"].append is judged a mutation of the program's own value. (README section 4 "left open".)
import keyword, functools, operator, types, random
d = {}
a = max([d], key=len)
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
