# expect: reject dunder
# line: 39
# why: the red team's round 28a near_01: a typing alias of a program generic reduces to operator.getitem(G, args), so copy.deepcopy calls G's __class_getitem__ and rebuilds the alias's bound methods on what it answers, a program object chosen after the alias was made; __class_getitem__ now answers cls, super().__class_getitem__(...), text, a number or None
# near_01 -- NOT an escape; the round-27b..27d memo-substitution invariant broken
#            WITHOUT a __deepcopy__ (accepted by the checker, exit 0).
#
# Mechanism: a typing alias of a program generic reduces to
#   (operator.getitem, (G, args)); copy._reconstruct calls G[args], i.e. the
#   program's __class_getitem__, and records whatever it answers as the copy of
#   the alias: memo[id(alias)] = X.  Every bound method of the alias copied in the
#   same deepcopy is then rebuilt by copy._deepcopy_method on X:
#   MethodType(_GenericAlias.copy_with, X).  The 27d fix (hooks.c,
#   check_deepcopy_hook: "what __deepcopy__ returns is self or its own class's new
#   object") judges only __deepcopy__; __class_getitem__'s return is judged for
#   the store rule's taint only.  The first call delegates to typing
#   (super().__class_getitem__(int), accepted) so the alias is real.
# Why it is a near miss: only the alias is substituted, and _GenericAlias's
#   methods need dunder attributes (__origin__, __args__) on their self, which no
#   program object can hold; a module value as X taints the alias (rule store), and
#   a library class as X is refused (unbound: never returned).  A library object
#   that keeps an alias in trusted private state, or an alias method that reads
#   only private names, would turn this into 27d again.
import copy
import typing

T = typing.TypeVar("T")


class Stand:
    _name = "List"
    _inst = True


class Box:
    swap = None


class G(typing.Generic[T]):
    def __class_getitem__(cls, item):
        if Box.swap is not None:
            return Box.swap
        return super().__class_getitem__(int)


alias = G[int]
Box.swap = Stand()
copied = copy.deepcopy([alias, alias.copy_with])
print("alias copied as:", type(copied[0]).__name__)
print("alias.copy_with rebound onto:", copied[1])
