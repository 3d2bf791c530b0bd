# expect: reject store
# why: a callable that holds values (functools.partial, partialmethod, a partial in a class
#   attribute or a dict) may hand one back when called: its held values lifted to the value itself
# line: 17
# goal: mutates keyword.kwlist in place.
# mechanism: (4) as ok_01..06, the holder reached through a dispatch table (dict display value,
#   read by item and called): hs["k"]() is min([kwlist]) = kwlist. Also works with
#   functools.lru_cache(None)(partial(...))() and sorted([partial(...)])[0]().
# rule slipped: store (CK_OPAQUE at level 0 with callee hs["k"]: mask(hs["k"], 0) has the
#   partial's held argument one level in, never lifted to the call's result).
# verify: safe-exec-check rc=0; python3 prints pwn.
import functools
import keyword

hs = {"k": functools.partial(min, [keyword.kwlist])}
y = hs["k"]()
y.append("pwn")
print(keyword.kwlist[-1])
