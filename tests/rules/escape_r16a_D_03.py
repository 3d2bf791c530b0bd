# expect: reject store
# line: 23
# verified: red team round 16a (ok_03_dict_subscript_replaces_library_logger_method), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): r.__dict__['lg'] is logging.getLogger('asyncio'); r.__dict__['lg'].callHandlers = hook is accepted (r.lg.callHandlers = hook is refused by store). logging's own Logger.handle then calls the program's function.
# Goal reached: write into a standard-library object's namespace: the shared asyncio logger's callHandlers replaced; logging.error runs the program hook.
# Run-time names: none (no getattr/setattr with a computed name; no dunder given to a builtin)
# Output seen under python3 (checker exit 0):
#   program hook ran inside logging for: library logger call
import logging


class R:
    def __init__(self):
        self.lg = logging.getLogger("asyncio")


def hook(record):
    print("program hook ran inside logging for:", record.getMessage())


r = R()
r.__dict__["lg"].callHandlers = hook
logging.getLogger("asyncio").error("library logger call")
