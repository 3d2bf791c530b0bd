# expect: reject store
# line: 26
# why: the red team's round 26d ok_03 (its header below): a program class deriving from a builtin container through another program class holds its constructor's arguments
# goal: prints os.environ (serious).
# mechanism: k = K([run]) (K(B), B(list)); es.callback(random.choice(k), sys.argv): a name bound once to the instance.
# rule slipped: store: as ok_01: maybe_function(k) -> sole assignment K([run]) -> 'no function'.
# family A (sibling of round 26c family C): "a program class's instance handed to a library function that
#   hands back an element": the round-26c fix asks maybe_function(K(args)) about K's arguments only when
#   program_bases(K) is false, i.e. when some DIRECT base of K is not a program class; program_bases looks at
#   K's own class statement only, so `class B(list): pass; class K(B): pass` (every direct base the program's)
#   answers "surely no function" and K([run]) is never asked about [run] -- although K inherits list's
#   constructor from B, two removes away. (class_hands_out walks the chain; program_bases does not.)
# principle: "the constructors are the program's" must be asked of the whole MRO: program_bases must recurse
#   (a program base with a library/builtin base at any remove counts as a library base), or simply: ask the
#   arguments of EVERY program class call (what a constructor is given may be kept, whoever wrote it).
# verify:  --rules  THIS -> exit 0; /usr/bin/python3 THIS -> environ({...}) in the TypeError (or the proof line).
import contextlib
import logging
import operator
import random
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


class B(list):
    pass


class K(B):
    pass


k = K([run])
es = contextlib.ExitStack()
es.callback(random.choice(k), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
