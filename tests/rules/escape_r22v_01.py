# expect: reject store
# why: a callee not found by name (a lambda called in place) may be any escaping def or lambda: what it
#   puts into its parameter lands in the caller's argument, here the library's own value
# line: 8
import logging

x = []
(lambda d: d.append(logging.Logger.manager.loggerDict))(x)
x[0]["planted"] = "by the program"
print(logging.Logger.manager.loggerDict["planted"])
