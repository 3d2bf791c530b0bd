# expect: reject builtin
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a program object whose parse_args returns a
#   library object; vars() of it would list that object's private state (a
#   logger's manager, its whole table of loggers). Only a parse_args called on
#   argparse.ArgumentParser(...) (by a name bound once, or a def that returns
#   one) counts.
# Goal reached: read a library object's private state (a Logger's _cache and
#   manager), which `logger._cache` may not read.
import logging
class Parser:
    def parse_args(self, argv):
        return logging.getLogger("x")
p = Parser()
args = p.parse_args([])
print(sorted(vars(args)))
