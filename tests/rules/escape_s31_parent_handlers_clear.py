# expect: reject store
# line: 7
# why: a logger's parent (the root) and the library's asyncio logger are shared: their lists are the library's
import logging

lg = logging.getLogger("mine")
lg.parent.handlers.clear()
logging.getLogger("asyncio").filters.append(print)
print(lg.parent.handlers)
