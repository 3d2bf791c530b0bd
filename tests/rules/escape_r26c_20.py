# expect: reject store
# line: 19
# why: the red team's round 26c ok_20 (its header below): a library function or class that calls a callable taken by position (difflib's isjunk and linejunk, ThreadPoolExecutor's initializer): an unnamed value there makes every function value take anything
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: concurrent.futures.ThreadPoolExecutor(1, '', fs[0], (sys.argv,)): the worker thread runs initializer(*initargs) = run(sys.argv).
# rule slipped: store: ThreadPoolExecutor not a known caller; its positional initializer (slot 2) is no callable slot for module_callable_arg; fs[0] unnamed so no class_call/fan_arg.
# family D (see ok_15): a library function/class that calls a POSITIONAL callable it is handed, not on the
#   known-caller list; module_callable_arg answers positional arguments of module functions/classes "no callable
#   slot" (initializer= counts only when written as a keyword). Principle: as ok_15 -- derive callable slots from
#   signatures (ThreadPoolExecutor(max_workers, thread_name_prefix, initializer, initargs)), or count every
#   positional argument of a may_call_back call.
import concurrent.futures
import logging
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


fs = [run]
with concurrent.futures.ThreadPoolExecutor(1, "", fs[0], (sys.argv,)) as ex:
    ex.submit(print, "ran").result()
print(sys.argv)
unittest.main(exit=False)
