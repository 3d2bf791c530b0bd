# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 3.11 in a temp dir (a module's list or dict written: prints pwned)
# why: round 15 takes a def named as a hook of json.loads/load/JSONDecoder for what
#   json hands it: a new object holding, one level in or deeper, what json's hooks
#   return (honest14b p54). Here the hook is also handed to map with a module's dict: that site's flow stays.
import json
import logging


def hook(d):
    d["asyncio"] = "pwned"
    return d


json.loads('{"a": 1}', object_hook=hook)
list(map(hook, [logging.Logger.manager.loggerDict]))
print(logging.Logger.manager.loggerDict["asyncio"])
