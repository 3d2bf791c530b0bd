# expect: reject store
# line: 32
# why: the red team's round 26d ok_15 (its header below): a library method reached through its class (ExitStack.callback(es, f, x), TestCase.addCleanup(tc, f, x)) takes its receiver first and calls back as the bound one does
# goal: prints os.environ (serious).
# mechanism: unittest.TestCase.assertRaises(tc, ZeroDivisionError, fs[0], sys.argv): assertRaises calls fs[0](sys.argv) (run2 appends then divides by zero).
# rule slipped: store: as ok_12 (tc.assertRaises(...) bound is a known caller; the class path is not).
# family F: "a library METHOD reached through its class (Class.method(obj, cb, *args))": args_only_caller
#   matches the caller methods (callback, addCleanup, submit, assertRaises...) only as `recv.NAME(...)` of a
#   receiver that is no module path; written `contextlib.ExitStack.callback(es, cb, v)` the callee is a
#   MODULE path, so module_function() answers (mod/fn of a class attribute), the library[] table has no
#   entry -> not known; may_call_back -> true (module function), but module_callable_arg answers a POSITIONAL
#   argument "no callable slot" unless (mod, fn, index) is in the round-26c slots table, which lists module
#   functions and constructors only (and the index is shifted by one by the explicit self). An UNNAMED
#   callable (fs[0]) there is neither fanned (not named) nor opaque. The `unbound` rule lets the call through
#   because es is an instance bound once (`es = ExitStack()`).
# principle: a callable slot is a property of the FUNCTION called, however it is reached: resolve
#   `mod.Class.meth(obj, ...)` to the method `meth` with its arguments shifted by one before asking
#   args_only_caller/callable_position; and module_callable_arg should answer a module-path call it has no
#   entry for "any positional may be the callable" (default-deny) rather than "none".
# verify:  --rules  THIS -> exit 0; /usr/bin/python3 THIS -> environ({...}) in the TypeError (or the proof line).
import asyncio
import concurrent.futures
import contextlib
import functools
import logging
import sys
import threading
import unittest


def run(x, *a):
    x.append("logging.os.environ")
    return 0


fs = [run]
def run2(x):
    x.append('logging.os.environ')
    return 1 / 0


fs = [run2]
tc = unittest.TestCase()
unittest.TestCase.assertRaises(tc, ZeroDivisionError, fs[0], sys.argv)
print(sys.argv)
unittest.main(exit=False)
