# expect: reject store
# why: a callable that holds values (functools.partial, partialmethod, a partial in a class
#   attribute or a dict) may hand one back when called: its held values lifted to the value itself
# line: 17
# goal: writes into logging's manager table (logging.Logger.manager.loggerDict): plants a key that is
#   read back through logging.Logger.manager.
# mechanism: (4) as ok_02: a partial bound to a name holds [loggerDict]; calling it (min of a
#   one-element list) gives the library's dict; an item store on it.
# rule slipped: store (item-store check judges the target's level-0 mask; the opaque call g() has
#   only shl()-ed bits of the partial's arguments, never M_SELF/M_MADE).
# verify: safe-exec-check rc=0; python3 prints "by the program".
import functools
import logging

grab = functools.partial(min, [logging.getLogger().manager.loggerDict])
table = grab()
table["planted"] = "by the program"
print(logging.Logger.manager.loggerDict["planted"])
