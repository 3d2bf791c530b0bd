# expect: reject store
# line: 20
# why: the red team's round 25m ok_08 (its header below): the receiver of x.m may be the class itself (a call, a loop name, a parameter, a classmethod's first parameter, super() in a classmethod, a class handed to the library as a filter), whose plain def then takes the first argument as its first parameter
# goal: prints os.environ (serious), as ok_01.
# mechanism: @classmethod def run(cls): super().g(sys.argv): super() in a classmethod is bound to the CLASS, so super().g is A's plain function (maybe_class: 'K().m, super().m are bound').
# rule slipped: store (stores.c), same hole as ok_01: receiver_binding says RB_BOUND for a plain
#   class-body def, and the receiver is judged "instance" by maybe_class, which knows a class only
#   by its own name, `cls`, or a name an event binds straight to a class name. Here the receiver
#   is the class reached another way, so the def is a plain function and the program's first
#   argument is its first parameter, which the checker takes for self and links to nothing.
# family: "a parameter-position offset decided by guessing the receiver kind from its syntax"
#   (see ok_01). Principle: bind self only on a PROVED instance; otherwise offset 0 / all params.
import logging
import sys
import unittest


class A:
    def g(x):
        x.append("logging.os.environ")
        return 0


class K(A):
    @classmethod
    def run(cls):
        super().g(sys.argv)


K.run()
print(sys.argv)
unittest.main(exit=False)
