# expect: reject store
# line: 9
# why: the own list of an own logger may hold the library's handler (logging.lastResort): its items stay the library's
import logging
import sys

lg = logging.getLogger("mine")
lg.addHandler(logging.lastResort)
lg.handlers[0].level = 50
print(logging.lastResort.level)
