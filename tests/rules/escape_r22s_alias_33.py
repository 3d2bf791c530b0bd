# expect: reject store
# why: the nearest form to the scalar builtins left unlinked: `len` rebound by the program to a function that hands back its argument is no builtin, so the call's result stays linked to the argument
# line: 8
import keyword
d = {}
len = lambda xs: xs[0]
a = len([d])
a["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
