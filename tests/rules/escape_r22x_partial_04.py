# expect: reject store
# why: a callable that holds values (functools.partial, partialmethod, a partial in a class
#   attribute or a dict) may hand one back when called: its held values lifted to the value itself
# line: 22
# goal: mutates keyword.kwlist in place.
# mechanism: (3)/(4) a partial as a CLASS ATTRIBUTE (not a descriptor: K().upper is the partial
#   itself), named like a text method; operator.getitem([kwlist], 0) is kwlist.
# rule slipped: store, as ok_02 (opaque callee whose held arguments are never lifted to the
#   result); the class attribute holding the partial is not refused by the give check either,
#   K having no library base.
# verify: safe-exec-check rc=0; python3 prints pwn.
import functools
import keyword
import operator


class K:
    upper = functools.partial(operator.getitem, [keyword.kwlist], 0)


y = K().upper()
y.append("pwn")
print(keyword.kwlist[-1])
