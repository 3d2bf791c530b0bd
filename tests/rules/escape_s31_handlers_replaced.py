# expect: reject store
# line: 8
# why: handlers replaced by sys.argv on the program's own logger: what the program stores under the name is what the attribute holds
import logging
import sys

lg = logging.getLogger("mine")
lg.handlers = sys.argv
lg.handlers.append("--pwned")
print(sys.argv)
