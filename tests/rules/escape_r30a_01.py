# expect: reject class
# line: 38
# why: round 30a ok_01: bare @unittest.skip over a class binds the name to skip's inner decorator, whose call returns its argument wrapped (__wrapped__ is sys.argv): a class-returning decorator counts only in the form that returns the class (wk_class_returning_decorator)
# ok_01 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.  Variant, goal 3 directly: `S = Box(unittest.
#          SkipTest); S.planted = ...` writes into the library class (accepted,
#          tested: unittest.SkipTest.planted is set).
#
# Mechanism: BARE @unittest.skip over a class statement.  unittest.skip(reason)
#   called with a non-function `reason` (3.11: only a types.FunctionType is taken
#   as the test item) returns its inner `decorator(test_item)`: the name Box is
#   bound to that function, with the class as `reason`.  Box(x) then returns x
#   itself when x is a type, and otherwise functools.wraps(x)(skip_wrapper), a
#   function whose public, dunder-allowed `__wrapped__` IS x.  So
#   Box(sys.argv).__wrapped__ is sys.argv.
#
# Why the checker missed it: analyzer/stores.c classify_name() answers CK_CLASS
#   for Box because class_bound_to_itself() asks wk_class_returning_decorator()
#   (analyzer/classes.c), whose list holds {"unittest","skip"} (and skipIf,
#   skipUnless, enum.verify) and which strips a call: it treats bare @skip like
#   @skip("why").  A CK_CLASS call of a class with no base is a NEW instance that
#   keeps nothing of its arguments, so `.__wrapped__` of it holds nothing of a
#   module's and the append lands "in the program's own object".  (With a
#   `list`/`dict` base the call keeps its argument's parts and is refused.)
#   classes.c's own plain_decorators()/closed_class() do NOT trust these
#   decorators: the two files disagree.  Similarly bare @enum.verify binds the
#   name to a `verify` instance whose `.checks[0]` is the class, and whose call
#   returns its argument.
#   Control: the same without the decorator is accepted too but raises
#   TypeError under python3 (object() takes no arguments) -- the checker's model
#   of the call is the same, only the decorator makes it hand back its argument.
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


@unittest.skip
class Box:
    pass


names = Box(sys.argv).__wrapped__
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
