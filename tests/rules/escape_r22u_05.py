# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 3.11 (plants a key in loggerDict)
# why: UserDict subclass: self.data = the logger manager's dict, then item stores.
import logging
import string
from collections import UserDict


class NS(UserDict):
    def fill(self, table):
        self.data = table
        self["planted"] = "by the program"
        self.pop("shared", None)


NS().fill(logging.Logger.manager.loggerDict)
print(logging.Logger.manager.loggerDict["planted"])
