# expect: reject store
# why: dict.get through the class hands back its default, here the library's logger table
# line: 6
import logging
t = dict.get({}, "k", logging.getLogger().manager.loggerDict)
t["planted"] = "by the program"
print(logging.Logger.manager.loggerDict["planted"])
