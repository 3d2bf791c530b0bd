# expect: reject store
# why: the red team's ok_15 after the library-callback rule: unittest channel. A TestSuite entry C(impl), C a program subclass of functools.partial,
# line: 18
# goal: write into sys.stderr (a module-level object of the stdlib, lower tier): prints zz.
# mechanism: unittest channel. A TestSuite entry C(impl), C a program subclass of functools.partial,
#   is called by TestSuite.run as test(result): impl gets the TextTestResult the runner made, whose
#   .stream.stream is sys.stderr (the runner's default stream), and sets an attribute on it.
# rule slipped: store (and the TestSuite 'tests the checker can tell are tests' rule): C(impl) is
#   'an instance of the program's classes', accepted as a test, and maybe_function calls it surely
#   no function; impl reaches the library only as a program class constructor's argument, so its
#   parameter never takes the library's values (no higher_order_arg taint, no opaque_callback).
import functools
import sys
import unittest


def impl(result):
    result.stream.stream.planted = 'zz'


class C(functools.partial):
    pass


suite = unittest.TestSuite([C(impl)])
unittest.TextTestRunner().run(suite)
print(sys.stderr.planted)
