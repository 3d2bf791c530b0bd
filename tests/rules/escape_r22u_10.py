# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 3.11 (plants a key in loggerDict)
# why: a classmethod of a UserDict subclass stores the library's dict as the class's
#   data; an instance whose __init__ sets none reads it.
import logging
from collections import UserDict


class NS(UserDict):
    @classmethod
    def share(cls, table):
        cls.data = table

    def __init__(self):
        pass


NS.share(logging.Logger.manager.loggerDict)
NS()["planted"] = "by the program"
print(logging.Logger.manager.loggerDict["planted"])
