# expect: reject store
# line: 14
# why: the red team's round 25w ok_16 (its header below): methodcaller may be applied to a class, and a staticmethod binds nothing: its arguments fill the method's parameters from the first
# goal (lower tier): mutates keyword.kwlist.
# mechanism: as ok_04: methodcaller("stash_it", kwlist, "planted")(A()) on a staticmethod -> stash_it(a=kwlist).
# rule slipped: store (methodcaller fan-out at offset method_def ? 1 : 0). family/principle: ok_04.
import keyword
import operator


class A:
    @staticmethod
    def stash_it(a, b):
        a.append(b)
        return 0


operator.methodcaller("stash_it", keyword.kwlist, "planted")(A())
print(keyword.kwlist[-2:])
