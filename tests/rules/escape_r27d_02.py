# expect: reject dunder
# line: 50
# why: the red team's round 27d ok_02: copy.deepcopy rebuilt a library base's bound __enter__ on what the program's __deepcopy__ answered, a forged object; what __deepcopy__ returns must be self or a new object of exactly its class
# ok_02 -- goal 1 (runs `id`) and goal 2 (sys.modules as a value, hence os):
#          a library method run with a forged self, by copy.deepcopy re-binding.
#
# Mechanism: copy._deepcopy_method(x, memo) is
#       type(x)(x.__func__, deepcopy(x.__self__, memo))
#   so deep-copying [r, r.__enter__, r.__exit__] first copies r -- whose class's
#   __deepcopy__ answers FAKE, a plain program object, recorded as memo[id(r)] --
#   and then rebuilds r's bound methods on FAKE.  r is an instance of a program
#   subclass of contextlib.redirect_stdout, so the functions are the library's
#   _RedirectStream.__enter__/__exit__:
#       self._old_targets.append(getattr(sys, self._stream))   # read any sys attr
#       setattr(sys, self._stream, self._new_target)            # write any sys attr
#   run with self = FAKE (a closed class holding `_stream = "modules"`), i.e.
#   round 27a ok_01's "library dunder with a forged self" reached without reading
#   anything through a library class.  __exit__ restores sys.modules.
#
# Why the checker missed it: round 27b's fix (analyzer/names.c around line 2542,
#   rule `method`: "'.hook' taken as a value in a program with a __deepcopy__ of
#   its own") only fires for program_method_name(): a method the program itself
#   defines.  `r.__enter__` here is the LIBRARY's method bound to a program
#   instance, so taking it as a value in a __deepcopy__ program passes; rule
#   `unbound` (round 27a's fix) only judges reads *through a class*
#   (Lib.__enter__(x)), not a bound method whose receiver deepcopy replaces.
#   The same happens with no method value in the source at all:
#   contextlib.ExitStack.push(r) makes MethodType(type(r).__exit__, r) itself
#   (ok_03), as do enter_context, AsyncExitStack and TestCase.enterContext.
import contextlib
import copy


class Fake:
    _stream = "modules"

    def __init__(self):
        self._old_targets = []
        self._new_target = None

    def keep(self):
        self._new_target = self._old_targets[0]
        return self._new_target


FAKE = Fake()


class Redirect(contextlib.redirect_stdout):
    def __deepcopy__(self, memo):
        return FAKE


r = Redirect(None)
copied = copy.deepcopy([r, r.__enter__, r.__exit__])
enter = copied[1]
leave = copied[2]
enter()
modules = FAKE.keep()
leave(None, None, None)
print(type(modules), len(modules), modules["os"])
modules["os"].system("id")
