# expect: reject store
# why: a section proxy's getfloat(o, fallback) hands back its fallback itself, the logger table
# line: 9
import configparser
import logging
cp = configparser.ConfigParser()
cp.read_dict({"s": {}})
t = cp["s"].getfloat("o", logging.Logger.manager.loggerDict)
t["planted"] = "by the program"
print(logging.Logger.manager.loggerDict["planted"])
