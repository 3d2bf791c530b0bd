# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 3.11 (plants a key in loggerDict)
# why: ChainMap subclass: self.maps = [table]; ChainMap writes into maps[0] (the
#   elements of what .maps is given are judged).
import logging
from collections import ChainMap


class M(ChainMap):
    def fill(self, table):
        self.maps = [table]
        self["planted"] = "by the program"


M().fill(logging.Logger.manager.loggerDict)
print(logging.Logger.manager.loggerDict["planted"])
