# expect: reject class
# line: 30
# why: the red team's round 27b near_02: a class doc in the interpreter's text-signature form (Probe(...), then a line --) is the class's __text_signature__, whose defaults inspect.signature evaluates as code (dataclass asks it for a doc): sys.executable and sys.prefix were read; such docs are refused
# near_02 -- ACCEPTED by the checker, but reaches no goal of levels 1-3: an eval
# of program-written text by the standard library, limited to constants.
#
# Mechanism: @dataclass builds a missing __doc__ from str(inspect.signature(cls)).
#   With init=False and no __init__/__new__ anywhere, inspect falls back to the
#   first base's __text_signature__, which CPython parses out of a heap class's
#   docstring ("Name(...)\n--\n\n"). inspect._signature_fromstr then evaluates
#   every name and dotted name in the defaults with
#       eval(s, sys.modules[base.__module__].__dict__), then eval(s, sys.modules.copy())
#   i.e. an attribute walk (dunders, private names, any loaded module, modules
#   the program may not import) chosen by the docstring, and pastes the value
#   into D.__doc__ when it is a str/int/float/bytes/bool/None.
#   Here: sys.executable and sys.prefix (denied by facades.txt) and
#   site.USER_SITE (site is no allowed module) are printed.
#   Objects come back only as an exception: a missing attribute raises an
#   AttributeError through @dataclass whose .obj is the object (refused by
#   name, rules/attributes.txt `attribute obj`), so this stops at constants.
#
# Why the checker misses it: a docstring is free text; no rule reads it, and
#   neither rules/README.md nor the audits list inspect's text-signature eval
#   (dataclasses imports inspect; no allowed module offers it).
import dataclasses
import sys


class Probe:
    """Probe(executable=sys.executable, prefix=sys.prefix, user_site=site.USER_SITE, sep=os.sep)
--

"""


@dataclasses.dataclass(init=False)
class Shown(Probe):
    pass


print(Shown.__doc__)
