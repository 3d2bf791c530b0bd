# expect: reject store
# line: 16
# why: a hook name bound to something other than its def (a partial keeping sys.argv) is not followed as the def
import functools
import json
import sys


@functools.lru_cache(maxsize=None)
def hook(d):
    return d


hook = functools.partial(lambda keep, d: keep, sys.argv)
x = json.loads("{}", object_hook=hook)
x.append("pwn")
print(sys.argv)
