# expect: reject store
# why: as escape_r22v_07 with a capture inside a sequence pattern and an item store:
#   the class body's name is the global loggerDict until the capture runs
# line: 14
import logging

table = logging.getLogger().manager.loggerDict


def build():
    table = {}

    class Registry:
        table["planted"] = "by the program"
        match [0]:
            case [table]:
                pass

    return table


build()
print(logging.Logger.manager.loggerDict["planted"])
