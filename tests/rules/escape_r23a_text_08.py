# expect: reject store
# why: a JSONDecoder's decode hands back what its object_pairs_hook returns, the library's logger table
# line: 8
import json
import logging
dec = json.JSONDecoder(object_pairs_hook=lambda p: logging.Logger.manager.loggerDict)
t = dec.decode('{"a": 1}')
t["planted"] = "by the program"
print(logging.Logger.manager.loggerDict["planted"])
