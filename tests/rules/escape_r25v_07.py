# expect: reject store
# line: 20
# why: the red team's round 25v ok_07 (its header below): a call of a name a program decorator binds (a def, a method, a constructor) is a call of what the decorator returned: every argument reaches every function that may be a value
# goal (lower tier): mutates logging's root logger (root.disabled = True silences all logging).
# mechanism: as ok_01: run(0, logging.getLogger()) runs the original run(x=root logger, y=0).
# rule slipped: store (attribute store on a parameter linked only to 0). family/principle: as ok_01.
import logging
import sys
import unittest


def swap(f):
    def inner(a, b):
        return f(b, a)
    return inner


@swap
def run(x, y):
    x.disabled = True
    return 0


run(0, logging.getLogger())
print("root disabled:", logging.getLogger().disabled)
