# expect: reject store
# line: 33
# why: the red team's round 25d ok_02 (its header below)
# goal: prints os.environ (serious) and mutates keyword.kwlist (lower tier): sys.argv gets
#   'logging.os.environ' DIRECTLY, then unittest.main(exit=False) (no argv=) resolves it.
# mechanism: `list.append(*[sys.argv, "logging.os.environ"])` -- a mutating method called
#   THROUGH THE CONTAINER CLASS with its receiver (a library module's list) handed in a
#   star-splat. At run time it is sys.argv.append("logging.os.environ"). Same for
#   `list.append(*[keyword.kwlist, "pwned"])`.
# rule slipped: store, stores.c, the call-store site (`queue_store(w, call,
#   container_class(w, recv) ? first_arg(w, call) : recv, m, SF_CALL)`) and hold_args (round
#   25a's "the object a call writes is the first argument of a method called through a container
#   class"): first_arg returns NULL when the first argument is a list_splat (also a keyword or a
#   dict splat), and queue_store silently drops a NULL object -- so NO store is judged at all,
#   not even one into a module's object; hold_args gets an empty key and records nothing, and the
#   receiver branch is skipped because the receiver IS a container class.
# members (accepted and working): `args = [sys.argv, "x"]; list.append(*args)`,
#   `list.append(*[lst], *[sys.argv])`, `list.extend(*[lst, [sys.argv]])`, `list.append(*(lst,),
#   sys.argv)` then `lst[0].append(...)` (the hold is lost too); ok_03 (dict methods), ok_04
#   (module mutating functions, the second queue_store site).
#   Refused: `list.append(lst, *[sys.argv])` (first_arg is lst), `collections.UserList.append(..)`
#   (unbound rule), `list.__init__(*...)` (dunder rule), `lst.insert(*[0, X])` (receiver is lst).
# family: "the written object is located by syntax position, and an unlocatable one is dropped"
#   (fail-open on NULL). Principle: queue_store/hold_args must FAIL CLOSED: when the written
#   object cannot be located (a splat or keyword where it should be), report the store (or treat
#   every argument as the written object); simplest, refuse splats in calls through a container
#   class and in calls of mutating module functions.
import keyword
import logging
import sys
import unittest

list.append(*[sys.argv, "logging.os.environ"])
list.append(*[keyword.kwlist, "pwned"])
print(sys.argv, keyword.kwlist[-1])
unittest.main(exit=False)
