# expect: reject store
# why: a lambda under a data method's name (index) hands back the library's logger table; an item store into it
# line: 9
import logging
import types

b = types.SimpleNamespace(index=lambda: logging.Logger.manager.loggerDict)
t = b.index()
t["planted"] = "by the program"
print(logging.Logger.manager.loggerDict["planted"])
