# expect: reject store
# line: 19
# verified: red team round 16a (ok_01_dict_get_item_loses_module_taint_logger_handlers), reaches its goal under plain python3 3.11 in a temp dir
# why: family D: a value read out of an instance's attribute table (vars(x), x.__dict__, a copy or view of them) carries the marks of every value stored into an attribute
# Mechanism (family D): self.h = logging.getLogger('asyncio').handlers in a closed class; r = R(); r.__dict__.get('h').append(...). Rule store refuses r.h.append (value may come from a module) but r.__dict__ read in place (round 15's relaxation: x.__dict__ as vars(x)) hands out the attribute's value with no module taint.
# Goal reached: write into standard-library state: the interpreter-wide 'asyncio' logger gains a handler.
# Run-time names: none (no getattr/setattr with a computed name; no dunder given to a builtin)
# Output seen under python3 (checker exit 0):
#   [<NullHandler (NOTSET)>]
import logging


class R:
    def __init__(self):
        self.h = logging.getLogger("asyncio").handlers


r = R()
r.__dict__["h"].append(logging.NullHandler())
print(logging.getLogger("asyncio").handlers)
