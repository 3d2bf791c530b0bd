# expect: reject store
# line: 20
# why: the red team's round 25m ok_06 (its header below): the receiver of x.m may be the class itself (a call, a loop name, a parameter, a classmethod's first parameter, super() in a classmethod, a class handed to the library as a filter), whose plain def then takes the first argument as its first parameter
# goal: prints os.environ (serious), as ok_01.
# mechanism: def run(k): k.g(sys.argv); run(K): a plain function's PARAMETER bound to the class by a call.
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


class K:
    def g(x):
        x.append("logging.os.environ")
        return 0


def run(k):
    k.g(sys.argv)


run(K)
print(sys.argv)
unittest.main(exit=False)
