# expect: reject store
# why: SimpleNamespace(split=f).split() hands back f's result, the library's logger table
# line: 9
import logging
import types

b = types.SimpleNamespace(split=lambda: logging.Logger.manager.loggerDict)
t = b.split()
t["planted"] = "by the program"
print(logging.Logger.manager.loggerDict["planted"])
