# expect: reject store
# why: a callable handed to a library call (addFilter, add_done_callback) is called with what the library holds: a LogRecord's args/msg, a Task's result
# line: 16
# goal: mutate logging's loggerDict (the module's shared Manager table): plants a key,
#   then logging.getLogger("b").manager.loggerDict shows it (prints True).
# mechanism: as ok_01, through the record's msg: a lambda filter handed to addFilter
#   calls rec.msg.update(...) where msg is the dict lg.manager.loggerDict (reading it is
#   accepted; only changing it is judged).
# rule slipped: store (stores.c): the addFilter callable's parameter is no source and
#   LogRecord.msg is not tied to the logger call's first argument; a direct
#   `lg.manager.loggerDict.clear()` is refused (rule store) in the same batch.
# verify: safe-exec-check rc=0; python3 prints True.
import logging

lg = logging.getLogger("a")
lg.addFilter(lambda rec: rec.msg.update({"zz-planted": 1}) or True)
lg.warning(lg.manager.loggerDict)
print("zz-planted" in logging.getLogger("b").manager.loggerDict)
