# expect: reject dunder
# line: 23
# why: the red team's round 27e near_02: copy.deepcopy rebuilt an object through such a __new__ and rebound the program's method on the generator (no __deepcopy__ written)
# near_02 -- NOT an escape; the memo-substitution invariant of rounds 27b-27d broken
#            WITHOUT any copy hook.  Accepted by the checker (exit 0).
#
# Mechanism: K.__new__ holds `yield`, so it is a generator function (hooks.c,
#   wk_check_new_hook, judges only `return` statements).  k is a real K made with
#   object-new (allowed outside a __new__).  copy.deepcopy([k, k.who]) rebuilds k
#   through copyreg.__newobj__ -> K.__new__(K) = a generator, records it in the
#   memo, and copy._deepcopy_method rebinds the program method `who` onto that
#   generator.  The round-27d fix (check_deepcopy_hook's return rule) and the
#   27b `method` rule only fire when the program defines/names the copy hook.
# Why it is a near miss: the substitute is a generator the program cannot shape
#   (no instance dict; gi_frame/gi_code refused by name), so neither a program
#   method nor a library method (redirect_stdout's __exit__ needs _stream,
#   _old_targets) gains anything from running on it.  A __new__ that could answer
#   an object with program-chosen attributes by this route would reopen 27d.
import copy


class K:
    def __new__(cls):
        yield 1

    def who(self):
        return type(self).__name__


k = object.__new__(K)
box = [k, k.who]
dup = copy.deepcopy(box)
print(type(dup[0]).__name__, dup[1]())
