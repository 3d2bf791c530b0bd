# expect: reject dunder
# line: 37
# why: the red team's round 27b ok_02: copy.deepcopy rebinds a bound method to what the receiver's __deepcopy__ answered (copy._deepcopy_method); a __deepcopy__ answers self or a new object of exactly its class (since round 27d)
# ok_02 -- goal 1 (full escape): runs `id`, prints /etc/passwd and os.environ;
#          on the way, goal 2: the `warnings` module object and, from it, sys and os.
#
# Mechanism: copy.deepcopy re-binds a bound method to whatever the program's
#   __deepcopy__ answered for its __self__.
#   copy._deepcopy_method(x, memo) is `type(x)(x.__func__, deepcopy(x.__self__, memo))`.
#   Deep-copying [s, s.hook] first copies s: Swap.__deepcopy__ returns an object
#   of the standard library (a warnings.catch_warnings()), and deepcopy records
#   memo[id(s)] = that object. Copying s.hook then finds s in the memo and builds
#   MethodType(Swap.hook, <catch_warnings>): the program's own method, bound to a
#   library object. hook reads `self._module`, a private read through self that
#   the checker allows in a method of a closed class because it believes self is
#   always a Swap; here it is catch_warnings' private `_module`, the warnings
#   module itself. warnings.sys.modules["os"] is then plain attribute/item access
#   on an unknown value.
#
# Why the checker missed it: rule `method` (analyzer/names.c, "privileged
#   methods", wk_record_private_read / add_privileged) guards a method that
#   trusts self only against *unbound* reaches (Swap.hook(obj), getattr by name,
#   the function as a value); a bound method taken as a value (`s.hook` in a
#   list) is taken to keep its receiver for good ("obj.m binds obj as m's
#   self"). copy's _deepcopy_method breaks that: the receiver is re-chosen by the
#   program's __deepcopy__, which may return any object (only its memo use is
#   judged, analyzer/hooks.c). Nothing about the deepcopy call itself is refused:
#   one argument, a list display.
import copy
import warnings


class Swap:
    def __init__(self, target):
        self.target = target

    def __deepcopy__(self, memo):
        return self.target

    def hook(self):
        return self._module


s = Swap(warnings.catch_warnings())
copied = copy.deepcopy([s, s.hook])
rebound = copied[1]
print("deepcopy made:", rebound)
wmod = rebound()
print("self._module of the library object:", wmod)
osmod = wmod.sys.modules["os"]
print(osmod.popen("id").read())
print(osmod.popen("cat /etc/passwd").read())
print(dict(osmod.environ))
