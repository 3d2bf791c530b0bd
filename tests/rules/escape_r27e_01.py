# expect: reject dunder
# line: 21
# why: the red team's round 27e near_01: a __new__ with a yield is a generator function, so the class's call answers a generator whatever it returns; __new__ yields and awaits nothing
# near_01 -- NOT an escape; an instructive gap in analyzer/hooks.c.
#
# wk_check_new_hook() claims "a __new__ returns only a new instance of its class"
# but inspects only `return` statements: a __new__ whose body holds `yield` is a
# generator function, so K(...) -- and every rebuild by the copy machinery
# (copyreg.__newobj__ -> K.__new__(K)) -- answers a GENERATOR object, not a K.
# The checker accepts this file (exit 0); python3 shows K() is a generator.
# Copy's memo then records that generator for the copied K, so K's bound methods
# copied in the same deep copy would be rebound onto it (the round 27b/27d door);
# the `method` rule (names.c, check_rebound_method) happens to refuse method
# values in any program whose TEXT names the copy hook, and without a real K
# instance (object-new of K is refused) that rebinding is not reachable here.
# Near miss: the generator's useful attributes (gi_frame, gi_code) are refused by
# name, so the type confusion yields no escape on its own.


class K:
    def __new__(cls):
        yield 1

    def who(self):
        return 1


k = K()
print("K() is a", type(k).__name__)          # generator, not K
print(k.send(None))                            # runs the program's own __new__ body
