# expect: reject store
# line: 28
# why: the red team's round 26c ok_16 (its header below): a library function or class that calls a callable taken by position (difflib's isjunk and linejunk, ThreadPoolExecutor's initializer): an unnamed value there makes every function value take anything
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: fs = [run]; difflib.SequenceMatcher(fs[0], '', [functools.partial(print, sys.argv)]): a partial is hashable and holds sys.argv; run does x.args[0].append.
# rule slipped: store: as ok_15 (no program class at all).
# family D: "a module function or class that calls a POSITIONAL callable it is handed, not on the known-caller
#   list" -- difflib.SequenceMatcher(isjunk, a, b) calls isjunk(elt) for every element of b (__chain_b, at
#   construction). args_only_caller does not list it (not known -> no fan_to_escaping), and the opaque path
#   (`!known && !named && may_call_back && module_callable_arg && maybe_function`) is closed because
#   module_callable_arg answers a module function's POSITIONAL argument "no callable slot" (only keywords named
#   like isjunk=/key=/..., displays, splats, and operator.call count). With the callable unnamed (fs[0], any
#   subscript/attribute: maybe_function true) nothing links the def's parameter to b's elements. (Control: the
#   def by name, SequenceMatcher(run, ...), is linked by class_call/fan_arg.)
# principle: every argument of a library call that may call back (may_call_back) is a callable slot unless the
#   library signature says otherwise: module_callable_arg must answer true for positional arguments too (or
#   derive the positional callable slots from the allowed modules' signatures -- difflib.SequenceMatcher/
#   Differ/ndiff/HtmlDiff isjunk/linejunk/charjunk, functools.cmp_to_key, re.sub repl, types.new_class
#   exec_body, unittest.FunctionTestCase ...), and an unnamed maybe-function value there sets opaque_callback.
import difflib
import functools
import logging
import sys
import unittest


def run(x):
    x.args[0].append("logging.os.environ")
    return False


fs = [run]
difflib.SequenceMatcher(fs[0], "", [functools.partial(print, sys.argv)])
print(sys.argv)
unittest.main(exit=False)
