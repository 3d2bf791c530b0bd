# expect: reject store
# why: a callable that holds values (functools.partial, partialmethod, a partial in a class
#   attribute or a dict) may hand one back when called: its held values lifted to the value itself
# line: 21
# goal: mutates keyword.kwlist in place.
# mechanism: (3)/(4) functools.partialmethod in a class body: K().grab() is dict.get(self, "k",
#   kwlist), i.e. the default, the library list. The method call's result is judged by the
#   receiver/`grab` returns; the partialmethod's arguments are never linked to it.
# rule slipped: store (CK_METHOD: returns_mask of "grab" (no def), receiver parts (a fresh K()),
#   no link to what the class attribute's partialmethod holds).
# verify: safe-exec-check rc=0; python3 prints pwn.
import functools
import keyword


class K(dict):
    grab = functools.partialmethod(dict.get, "k", keyword.kwlist)


y = K().grab()
y.append("pwn")
print(keyword.kwlist[-1])
