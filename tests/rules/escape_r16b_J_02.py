# expect: reject attribute
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a program function stored into collections.abc.Iterable)
# why: 16b family J (ok_06): as J_01, the value a typing alias that forwards stores to its origin class
# Mechanism: json-hook relaxation of the store rule (as ok_02), carried into a class of the
# standard library: a typing alias forwards attribute stores that are not its own to its
# origin (typing._BaseGenericAlias.__setattr__), so the "fresh" hook parameter given
# typing.Iterable[int] through dec.object_hook(...) writes into collections.abc.Iterable.
# Goal reached: write into a namespace of the standard library: a program function is stored
# into the class collections.abc.Iterable (module collections.abc) and called from there.
# Output seen under python3:
#   replaced
import collections.abc
import json
import typing
def bad(*a, **k):
    return "replaced"
def hook(d):
    d.from_hook = bad
    return d
dec = json.JSONDecoder(object_hook=hook)
dec.object_hook(typing.Iterable[int])
print(collections.abc.Iterable.from_hook())
