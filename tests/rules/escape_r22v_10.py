# expect: reject store
# why: except* inside a function: the group's member args may be a library table;
#   an item store on it is refused as with a plain except
# line: 12
import logging


def plant():
    try:
        raise ExceptionGroup("g", [LookupError(logging.getLogger().manager.loggerDict)])
    except* LookupError as group:
        group.exceptions[0].args[0]["planted"] = "by the program"


plant()
print(logging.Logger.manager.loggerDict["planted"])
