# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_15_typing_alias_forwards_store_to_origin)
# Mechanism: a store on a typing alias (a call result, not tracked by the store rule) 
#   is forwarded by _BaseGenericAlias.__setattr__ to setattr(origin, name, value): 
#   collections.ChainMap.get replaced
# Goal reached: write into a namespace of the standard library (collections.ChainMap.get replaced)
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | HIJACKED by the program
# A typing alias forwards attribute stores to its origin class
# (_BaseGenericAlias.__setattr__: setattr(self.__origin__, attr, val) for every
# non-dunder name but a few privates). The alias here is the result of a call
# (typing.ChainMap.copy_with(...)), which the store rule's alias tracking does not
# follow; the store rewrites collections.ChainMap.get in the standard library.
import collections
import typing


def get(self, key, default=None):
    return "HIJACKED by the program"


Alias = typing.ChainMap.copy_with((str, int))
Alias.get = get
print(collections.ChainMap({"a": 1}).get("a"))
