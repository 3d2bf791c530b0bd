# expect: reject class
# line: 24
# why: the red team's round 28a near_02: __doc__ += '\n--\n\n' made a class doc the interpreter's text-signature form unjudged; __doc__ is bound in a class body only by the docstring or one plain assignment
# near_02 -- accepted by the checker (exit 0); the round-27b/27c doc rule bypassed,
#            but only constants come back, so no goal is reached.
#
# Mechanism: inspect.signature (dataclass's doc for a class without one) reads a
#   base's __text_signature__, i.e. a doc "Probe(...)\n--\n\n", and
#   inspect._signature_fromstr evaluates each dotted default with
#   eval(name, sys.modules[Probe.__module__].__dict__) and, on NameError,
#   eval(name, sys.modules.copy()): any attribute chain of any loaded module.
#   A str/int/float/bytes/bool/None result is pasted into Shown.__doc__
#   (here sys.executable, which the sys facade does not offer).
# Why the checker missed it: analyzer/classes.c check_class_doc judges the body's
#   first string and `__doc__ = ...` (symbol `assignment`) only; `__doc__ += ...`
#   is an augmented_assignment, never judged.
# Why a near miss: __module__ is __main__ (round 27c's __name__ parameter is
#   closed), non-constant values are dropped (ValueError, which @dataclass
#   swallows), and unittest's tb_locals, which printed 27c's module dict, is
#   refused now.
import dataclasses


class Probe:
    "Probe(x=sys.executable)"
    __doc__ += "\n--\n\n"


@dataclasses.dataclass(init=False)
class Shown(Probe):
    pass


print(Shown.__doc__)
