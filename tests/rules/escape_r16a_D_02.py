# expect: reject store
# line: 20
# verified: red team round 16a (ok_02_dict_items_loop_loses_module_taint_logger_handlers), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): the same with for k, v in r.__dict__.items(): v.handlers.append(...): the loop variable over the instance dict's items is taken as the program's.
# Goal reached: write into standard-library state: the 'asyncio' logger's handlers list.
# Run-time names: none (no getattr/setattr with a computed name; no dunder given to a builtin)
# Output seen under python3 (checker exit 0):
#   [<NullHandler (NOTSET)>]
import logging


class R:
    def __init__(self):
        self.h = logging.getLogger("asyncio")


r = R()
for k, v in r.__dict__.items():
    v.handlers.append(logging.NullHandler())
print(logging.getLogger("asyncio").handlers)
