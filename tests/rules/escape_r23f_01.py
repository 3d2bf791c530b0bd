# expect: reject store
# why: a callable handed to a library call (addFilter, add_done_callback) is called with what the library holds: a LogRecord's args/msg, a Task's result
# line: 23
# goal: mutate keyword.kwlist (a module's shared list): appends "zz"; prints True and the list.
# mechanism: (2)+(3) a library hook that calls back with a library object holding
#   what the program handed to ANOTHER call: Logger.addFilter(f) with a plain function
#   (no logging.Filter subclass); logging calls f(record) for every record, and
#   record.args is the tuple of the lg.warning(...) call, here (keyword.kwlist,).
#   The filter appends to rec.args[0] -- the module's own list.
# rule slipped: store (stores.c). The store rule follows values through callbacks
#   handed to the library (sorted key=, map, submit, addCleanup, ExitStack.callback,
#   a Filter/Handler/Formatter subclass's override: all refused in the same test
#   batch), but a plain callable given to addFilter is not a hook whose parameter is
#   a source, and the LogRecord it receives is not tied to the arguments of the
#   logger calls: rec.args[0] (and rec.msg, and rec kept in a list and read later)
#   holds nothing "from a module" to it.
# verify: safe-exec-check rc=0; python3 prints True and kwlist ending with 'zz'.
import keyword
import logging


def flt(rec):
    rec.args[0].append("zz")
    return True


lg = logging.getLogger("a")
lg.addFilter(flt)
lg.warning("%s", keyword.kwlist)
print("zz" in keyword.kwlist, keyword.kwlist)
