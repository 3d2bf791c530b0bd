# expect: reject store
# line: 29
# why: the red team's round 26e ok_16 (its header below): a value handed to a library caller is no function only when its class binds nothing that hands a value back, wherever the class body binds it; NAME(...) is an instance only of an undecorated class statement that alone binds NAME; a library method through a program subclass of a library class calls back as the library's
# goal: prints os.environ (serious).
# mechanism: class K: pass; for K in [lambda: run]: pass; es.callback(K(), sys.argv): K() is run.
# rule slipped: store: as ok_04/ok_05: the call branch finds class statement K and asks nothing of the for target.
# family H: "a class call whose value is not a new instance": maybe_function's call branch treats NAME(...) as
#   "a new instance of the program's class NAME" whenever some class statement is named NAME and no def is; it
#   does not ask whether that class statement is NAME's only binding (census other==0: an assignment, a for
#   target, ...) nor whether a decorator replaced the class -- the identifier branch and own_constructor ask both.
# principle: NAME(...) is an instance of class statement NAME only when NAME's every binding is an undecorated
#   class statement (the identifier branch's test: census classdefs>0, other==0, no def, no decorator);
#   otherwise judge the call as a call of an unknown function (maybe a function).
# verify:  --rules  THIS -> exit 0; /usr/bin/python3 THIS -> sys.argv gains 'logging.os.environ', then environ({...}) in unittest's TypeError.
import contextlib
import logging
import sys
import unittest
import math
import operator
import functools
import copy
import random
import asyncio
import concurrent.futures


def run(x, *a):
    x.append("logging.os.environ")
    return 0


class K:
    pass


for K in [lambda: run]:
    pass
es = contextlib.ExitStack()
es.callback(K(), sys.argv)
es.close()

print(sys.argv)
unittest.main(exit=False)
