# expect: reject store
# line: 27
# why: round 34b ok_02: types.SimpleNamespace(key=logging.Logger.manager).key is the manager logging shares: key= is an argument like any outside compared_key's callers
# ok_02 -- goal 3 (writes into a namespace the program did not create: logging's
#          shared Manager, the object behind every logger of the process).
#   SAME ROOT as ok_01 (a `key=` keyword argument's value is dropped), shown at
#   the ATTRIBUTE level (level 1 of the store rule) and on a second library
#   class: the identical program with `k=` instead of `key=` is refused
#   (store, lines 24 and 25: "'.disable' is written into a value that may come from
#   a module").
#
# Mechanism: types.SimpleNamespace(key=X).key is X, dict(key=X)["key"] is X.
#   X = logging.Logger.manager (allowed to be read).  Through the namespace
#   the program sets manager.disable (turning logging off process-wide) and
#   writes an entry into manager.loggerDict (the registry getLogger reads).
#
# Why the checker missed it: analyzer/stores.c args_mask() skips keyword
#   arguments named `key` for every callee except groupby (it assumes key= is
#   a key function only sorted/min/max/heapq/bisect call: compared_key and
#   KEYED_CALLERS say so, but args_mask does not ask them); the masks at both
#   levels read a call's arguments through args_mask, so the value handed in
#   as key= never reaches `ns`.
import logging
import types

ns = types.SimpleNamespace(key=logging.Logger.manager)
ns.key.disable = 60
ns.key.loggerDict["injected"] = "written by the program"

d = dict(key=logging.Logger.manager)
print("manager.disable =", d["key"].disable)
print("loggerDict['injected'] =", logging.getLogger().manager.loggerDict["injected"])
