# expect: reject store
# why: a callable handed to a library call (addFilter, add_done_callback) is called with what the library holds: a LogRecord's args/msg, a Task's result
# line: 19
# goal: write into the shared root logger (a library module-level object): its handlers
#   list and its `disabled` flag; every later logger call in the process is silenced.
# mechanism: ok_01's channel: the record kept by an addFilter lambda (box.append(rec)),
#   read later as box[0].args[0] -> logging.getLogger() (the root logger).
# rule slipped: store (stores.c): a direct logging.getLogger().handlers.append(...) is
#   refused; through the record the value comes from nowhere the rule follows.
# verify: safe-exec-check rc=0; python3 prints the root logger with 'disabled' True and
#   a handlers list holding the planted marker.
import logging

box = []
lg = logging.getLogger("a")
lg.addFilter(lambda rec: box.append(rec) or True)
lg.warning("%s", logging.getLogger())
root = box[0].args[0]
root.handlers.append("planted")
root.disabled = True
print(logging.getLogger().disabled, logging.getLogger().handlers)
