# expect: reject dunder
# line: 35
# why: the red team's round 27c ok_02: a parameter named __name__ is the local a class statement in the def reads for its __module__, which dataclass's signature fallback used to find the namespace it evaluated text in (os's); no dunder is a parameter's name
# ok_02 -- goal 1 (prints os.environ, the whole environment, from os's own namespace)
#
# Mechanism: a *parameter* named __name__.  A class statement's body starts with the
#   implicit `__module__ = __name__`; when the enclosing function has a local (here a
#   parameter) called __name__ and the class body mentions it, CPython resolves it
#   through the closure, so every class defined in make() gets __module__ == "os".
#   __module__ is what the standard library trusts to find "the class's module":
#     @dataclass (no docstring of its own) asks inspect.signature(cls) for a doc;
#     with init=False and no __init__/__new__ in the MRO, inspect falls back to the
#     base's __text_signature__ (its docstring "Probe(...)\n--\n\n") and
#     _signature_fromstr evaluates the default `environ.nosuch` with
#         eval("environ.nosuch", sys.modules[Probe.__module__].__dict__)
#     i.e. in os.__dict__.  The AttributeError is not one @dataclass catches
#     (TypeError/ValueError only), so it reaches the test; unittest.main(...,
#     tb_locals=True) -- an allowed keyword -- prints every frame's locals: the
#     `<string>` eval frame's locals and _signature_fromstr's `module_dict` are
#     os.__dict__, whose repr holds  'environ': environ({...every variable...}).
#
# Why the checker missed it: analyzer/names.c wk_check_dunder_binding refuses
#   binding the read-only dunder __name__ (rules/attributes.txt dunder-readonly)
#   for assignments, for/with/match targets, walrus..., but is never called for a
#   def's parameters (plain, keyword-only, *args, **kw: all accepted), so the
#   "__name__ at module level becomes the __module__ of every later class" reasoning
#   in that function is bypassed one scope down.  Nothing else judges a class's
#   __module__; @dataclass sees a class defined once with a class-statement base;
#   docstrings are free text (round 27b near_02 only reached constants because the
#   module was __main__ and nothing printed locals).
import dataclasses
import unittest


def make(__name__="os"):
    class Probe:
        """Probe(x=environ.nosuch)
--

"""
        tag = __name__

    @dataclasses.dataclass(init=False)
    class Shown(Probe):
        pass

    return Shown


class T(unittest.TestCase):
    def test_probe(self):
        make()


unittest.main(exit=False, tb_locals=True)
