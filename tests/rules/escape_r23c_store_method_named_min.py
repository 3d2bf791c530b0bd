# expect: reject store
# why: a method named min leaves min the builtin: min([D]) is the library dict
# line: 14

import logging


class Stats:
    def min(self):
        return 0


t = min([logging.Logger.manager.loggerDict])
t["planted"] = "by the program"
print(logging.Logger.manager.loggerDict["planted"])
