# expect: reject store
# line: 7
# why: the root logger is shared: its handlers list is the library's (only a logger of the program's own name owns its handlers and filters lists)
import logging

root = logging.getLogger()
root.handlers.clear()
print(root.handlers)
