# expect: reject store
# why: a callable that holds values (functools.partial, partialmethod, a partial in a class
#   attribute or a dict) may hand one back when called: its held values lifted to the value itself
# line: 17
# goal: mutates keyword.kwlist in place.
# mechanism: (4) as ok_01/02 with two levels of holders: a partial of a partial, and a partial of
#   operator.call. Each call of a holder hands back what it holds one level deeper.
# rule slipped: store (CK_OPAQUE at level 0: a callee that is a call contributes mask 0; a named
#   holder contributes its mask un-lifted).
# verify: safe-exec-check rc=0; python3 prints pwn twice.
import functools
import keyword
import operator

inner = functools.partial(min)
y = functools.partial(inner, [keyword.kwlist])()
y.append("pwn")
z = functools.partial(operator.call, min, [keyword.kwlist])()
z.append("pwn")
print(keyword.kwlist[-2:])
