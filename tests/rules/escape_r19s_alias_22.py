# expect: reject store
# why: twenty-first red team (the red team's ok_02): a library call hands back its
#   argument's object, so what is stored through its result is stored into that object
# line: 15
# goal: write into a namespace the program did not create (keyword.kwlist extended)
# mechanism: a = collections.ChainMap(d): the ChainMap's item store writes into its first map d
# family: (4) namespace writes, store rule alias links (analyzer/stores.c alias_roots / EV_ALIAS).
# rule slipped: store. The alias links follow the language's binding forms and d.get/pop/setdefault/__getitem__,
#   but not a library object that writes into its argument (ChainMap.__setitem__ -> maps[0]), so the store of the library container through the second name 'a' is never
#   carried back to 'd' ('d#held' stays clean) and the later mutation through 'd' is judged a store into the program's own dict.
#   (rules/README.md section 4 lists this as "left open"; it is still accepted and reaches the goal.)
import keyword, collections
d = {}
a = collections.ChainMap(d)
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
