# expect: reject store
# why: a callable handed to a library call (addFilter, add_done_callback) is called with what the library holds: a LogRecord's args/msg, a Task's result
# line: 12
# goal: mutate keyword.kwlist; prints True (the record reaches the filter, which then
#   drops it: nothing is printed by the handler).
# mechanism: ok_01 with a HANDLER-level filter: StreamHandler().addFilter(lambda rec: ...).
# rule slipped: store (stores.c): as ok_01, a callable given to any Filterer's addFilter.
# verify: safe-exec-check rc=0; python3 prints True.
import keyword
import logging
h = logging.StreamHandler()
h.addFilter(lambda rec: rec.args[0].append('zz') or False)
lg = logging.getLogger('q')
lg.addHandler(h)
lg.warning('%s', keyword.kwlist)
print('zz' in keyword.kwlist)
