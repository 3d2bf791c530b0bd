# expect: reject store
# line: 27
# why: the red team's round 25r ok_01 (its header below): a call of an Enum class with a name and member names builds a class: C(...) proves an instance only when no library class is in C's MRO
# goal: prints os.environ (serious): sys.argv gets logging.os.environ, unittest.main(exit=False) resolves it.
# mechanism: calling a member-less Enum class with a NAME and member names, K("E", "A B"), does not make an
#   instance: EnumType.__call__ takes the functional API and returns a NEW CLASS E(K). k.g(sys.argv) then
#   reads the plain def g through a class (unbound) and runs g(x=sys.argv); x.append(...) writes sys.argv.
# rule slipped: store (stores.c instance_call -> class_sure): `k = K(...)` is proved an instance
#   (instance_variable: every binding is a call of a module-level class statement's class, no `__new__`
#   def in the program), so maybe_class(k) is false and sys.argv maps to g's parameter 1 (none). The proof
#   ignores that a class with a LIBRARY base/metaclass decides what its call returns: EnumType.__call__
#   (functional API: a class), and any other library metaclass __call__.
# family: "a parameter-position offset decided by guessing the receiver kind" (25k/25m/25n/25o/25q):
#   here "C(...) is an instance of C" is the guess.
# principle: a call of a class is an instance only when the class's metaclass is `type` and no __new__
#   anywhere in its MRO (program or library) can return another object: a class with a library base
#   (enum.Enum/Flag/IntEnum..., anything with a library metaclass or __new__) is not class_sure for
#   instance_call; in particular any Enum subclass's call may return a class (functional API) or a member.
import enum
import logging
import sys
import unittest


class K(enum.Enum):
    def g(x):
        x.append("logging.os.environ")
        return 0


k = K("E", "A B")
k.g(sys.argv)
print(sys.argv)
unittest.main(exit=False)
