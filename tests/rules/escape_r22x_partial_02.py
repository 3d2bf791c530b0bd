# expect: reject store
# why: a callable that holds values (functools.partial, partialmethod, a partial in a class
#   attribute or a dict) may hand one back when called: its held values lifted to the value itself
# line: 19
# goal: mutates keyword.kwlist in place (appends "pwn").
# mechanism: (4) as ok_01, the partial bound to a name first and the library list given DIRECTLY
#   as the partial's argument (min(kwlist, kwlist) is kwlist).
# rule slipped: store. CK_OPAQUE at level 0 does include mask(g, 0), but the partial holds its
#   arguments one level in (library-holds functools partial: part |= shl(argm)), so g's mask has
#   kwlist's bit at depth 1, not M_SELF; calling g hands that depth-1 object back as the value
#   itself, and the opaque-call mask never lifts it (no elems()/spread() of the callee's mask at
#   level 0, while call_mask at level 1 uses spread). The append is judged on M_TOP: clear.
# verify: safe-exec-check rc=0; python3 prints pwn.
import functools
import keyword

g = functools.partial(min, keyword.kwlist, keyword.kwlist)
y = g()
y.append("pwn")
print(keyword.kwlist[-1])
