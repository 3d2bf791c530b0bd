# expect: reject store
# line: 27
# verified: red team round 16a (ok_06_method_returns_vars_self_item_store_into_logger), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): a method returning vars(self)['lg'] (the plain 'return self.lg' is refused at the store): the store rule takes vars(self)[k] as the program's value.
# Goal reached: write into a standard-library object's namespace (asyncio logger's getEffectiveLevel).
# Run-time names: none (no getattr/setattr with a computed name; no dunder given to a builtin)
# Output seen under python3 (checker exit 0):
#   program function ran inside logging's own isEnabledFor
import logging


class R:
    def __init__(self):
        self.lg = logging.getLogger("asyncio")

    def grab(self):
        return vars(self)["lg"]


def level():
    print("program function ran inside logging's own isEnabledFor")
    return 0


r = R()
r.grab().getEffectiveLevel = level
logging.getLogger("asyncio").isEnabledFor(10)
