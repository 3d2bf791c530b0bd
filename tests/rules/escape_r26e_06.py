# expect: reject store
# line: 26
# why: the red team's round 26e ok_06 (its header below): a value handed to a library caller is no function only when its class binds nothing that hands a value back, wherever the class body binds it; NAME(...) is an instance only of an undecorated class statement that alone binds NAME; a library method through a program subclass of a library class calls back as the library's
# goal: prints os.environ (serious).
# mechanism: class K: def __class_getitem__(cls, i): return run; es.callback(operator.getitem(K, 0), sys.argv).
# rule slipped: store: maybe_function(operator.getitem(K, 0)): library call, args K (identifier: a class with library
#   constructors -> 'no function') and 0; __class_getitem__ is in chain_value_dunder's fixed list anyway.
# family I: "a class OBJECT handed to library code that reads its class-level dunder": the identifier branch of
#   maybe_function answers a class name "no function" when its constructors are the library's (census classdefs>0,
#   other==0, !own_constructor); chain_value_dunder is never asked for a class used as a value, and its fixed list
#   names __class_getitem__ as fixed-type, though it returns any object: operator.getitem(K, 0) (and
#   functools.reduce(operator.getitem, [K, 0]), and an alias k = K) calls K.__class_getitem__(0) and hands back run.
# principle: a class used as a value hands out what its class-level hooks return: __class_getitem__ (and
#   __mro_entries__, a metaclass's dunders) leave the fixed list, and the identifier branch asks class_hands_out
#   (called=false) before answering "no function" for a class name.
# verify:  --rules  THIS -> exit 0; /usr/bin/python3 THIS -> sys.argv gains 'logging.os.environ', then environ({...}) in unittest's TypeError.
import contextlib
import logging
import sys
import unittest
import math
import operator


def run(x):
    x.append("logging.os.environ")
    return 0


class K:
    def __class_getitem__(cls, i):
        return run

es = contextlib.ExitStack()
es.callback(operator.getitem(K, 0), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
