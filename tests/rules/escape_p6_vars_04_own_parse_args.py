# expect: reject builtin
# line: 14
# why: the attacker's best try: a program object whose parse_args returns a
#   library object; vars() of it would list that object's private state (a
#   logger's manager, its whole table of loggers). Only a parse_args called on
#   argparse.ArgumentParser(...) (by a name bound once, or a def that returns
#   one) counts.
import logging
class Parser:
    def parse_args(self, argv):
        return logging.getLogger("x")
p = Parser()
args = p.parse_args([])
print(sorted(vars(args)))
