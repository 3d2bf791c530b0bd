# expect: reject store
# line: 18
# why: round 43a near_03 (refused before): copy.deepcopy of the root logger is the root logger itself
# near_03 -- REFUSED (module_attribute for copy.copy; store for .filters.append
#   with copy.deepcopy): a Logger's reduce is (getLogger, (name,)), so
#   copy.deepcopy(logging.getLogger()) IS the shared root logger (python3 prints True).
#   The checker's builds_new trusts copy.deepcopy(x) with one argument as "new", but
#   makes_library_object() marks the result M_MADE (copy is no plain_module), so an
#   attribute read off it (.filters, .handlers, .manager.loggerDict) is judged a
#   library value and the append is refused. Instructive: deepcopy hands back the
#   SAME object for every class whose reduce looks it up by name (Logger, enum
#   members, classes, functions); only M_MADE saves it at level 0.
import copy
import logging

root = copy.deepcopy(logging.getLogger())
print("root is the shared root logger:", root is logging.getLogger())
root.filters.append(lambda r: print("EVID filter planted in the library's root logger") or True)
logging.getLogger().warning("x")
