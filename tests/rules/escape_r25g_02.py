# expect: reject store
# line: 25
# why: the red team's round 25g ok_02 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', then
#   unittest.main(exit=False) (no argv=) resolves it (with 'logging.os.fork': a new process).
# mechanism: a MODULE function that keeps its keyword arguments: functools.partial(f, key=list)()
#   calls the program's f(key=list), so f's parameter IS list and key.append(sys.argv, x) is
#   list.append(sys.argv, x). Member: types.SimpleNamespace(type=list).type.append(...)
#   (attribute read back), also in this file.
# rule slipped: store, stores.c class_consumer_keyword: for an identifier OR attribute callee,
#   `module_function(w, f, ...)` alone makes key=/type=/default_factory= "one whose class the
#   library only calls" -- any function of any allowed module, including functools.partial
#   (hands the keyword on to the PROGRAM's function) and types.SimpleNamespace (stores it as an
#   attribute). class_values stays false -> SF_FIRST stores on sys.argv dropped.
# family: as ok_01 (class value by an exempted route). Principle: a closed (module, function,
#   keyword) list of consumers, never "any module function"; partial/SimpleNamespace/dict keep.
import functools
import logging
import sys
import types
import unittest


def f(key):
    key.append(sys.argv, "logging.os.environ")


functools.partial(f, key=list)()
types.SimpleNamespace(type=list).type.append(sys.argv, "logging.os.environ")
print(sys.argv)
unittest.main(exit=False)
