# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 3.11 (plants a key in loggerDict)
# why: ChainMap.new_child and parents, the maps store made through an alias of self
#   (`o = self; o.maps = [table]`): .data and .maps are gives on any receiver once
#   a class is not closed.
import logging
from collections import ChainMap


class M(ChainMap):
    def fill(self, table):
        o = self
        o.maps = [table]
        child = self.new_child()
        child.parents["planted"] = "by the program"


M().fill(logging.Logger.manager.loggerDict)
print(logging.Logger.manager.loggerDict["planted"])
