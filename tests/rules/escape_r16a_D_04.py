# expect: reject store
# line: 25
# verified: red team round 16a (ok_04_dict_subscript_replaces_getEffectiveLevel), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): as ok_03 with getEffectiveLevel, which Logger.isEnabledFor calls (no method rule name involved).
# Goal reached: write into a standard-library object's namespace (the shared asyncio logger's getEffectiveLevel replaced; logging's isEnabledFor calls it).
# Run-time names: none (no getattr/setattr with a computed name; no dunder given to a builtin)
# Output seen under python3 (checker exit 0):
#   program function ran inside logging's own isEnabledFor
#   <function level at 0x7f6b9087c4a0>
import logging


class R:
    def __init__(self):
        self.lg = logging.getLogger("asyncio")


def level():
    print("program function ran inside logging's own isEnabledFor")
    return 0


r = R()
r.__dict__["lg"].getEffectiveLevel = level
logging.getLogger("asyncio").isEnabledFor(10)
print(logging.getLogger("asyncio").getEffectiveLevel)
