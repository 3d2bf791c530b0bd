# expect: reject store
# why: a callable that holds values (functools.partial, partialmethod, a partial in a class
#   attribute or a dict) may hand one back when called: its held values lifted to the value itself
# line: 20
# goal: mutates keyword.kwlist in place (appends "pwn").
# mechanism: (4) a library value flowing through a CALLABLE HOLDER: functools.partial keeps its
#   arguments; calling the partial hands one of them back (min of a one-element list is that element).
#   y = functools.partial(min, [keyword.kwlist])() is keyword.kwlist itself.
# rule slipped: store. call_mask0 (level 0, the level a mutating call is judged at) takes a call of
#   a callee that is itself a call as CK_OPAQUE and returns
#     key_mask("()*") | argm | elems(argm) | (ts_node_symbol(f) == call ? 0 : mask(f, 0))
#   i.e. with the callee a call (`partial(...)()`) the callee's mask is dropped entirely; argm is the
#   second call's arguments (none). The partial's own arguments (library-holds: shl(argm)) never
#   reach the result.
# verify: safe-exec-check rc=0; python3 prints pwn.
import functools
import keyword

y = functools.partial(min, [keyword.kwlist])()
y.append("pwn")
print(keyword.kwlist[-1])
