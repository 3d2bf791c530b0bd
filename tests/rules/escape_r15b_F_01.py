# expect: reject attribute
# line: 52
# verified: reaches its goal under plain python3 (3.11) in a temp dir (/etc/passwd read)
# why: fifteenth red team (15b), family F: a TestCase subclass binds tearDown_exceptions (a forged (E, e, tb) that TestSuite hands to addError) and overrides doClassCleanups: refused as the attribute name it is

# Mechanism (family F, forged traceback in class-held unittest state):
#   TestSuite._tearDownPreviousClass (unittest/suite.py) walks
#   `previousClass.tearDown_exceptions` after calling `previousClass.doClassCleanups()`
#   and hands each entry, as `info=`, to result.addError -> TestResult._exc_info_to_string
#   -> traceback.TracebackException(exctype, value, tb), which walks tb.tb_frame.f_code
#   .co_filename and has linecache open that path. The test class is the program's own
#   TestCase subclass: it binds `tearDown_exceptions` in its class body to a list holding
#   a forged (E, e, tb) triple and overrides doClassCleanups with a no-op classmethod so
#   the list is not reset. The fake tb/frame/code are instances of a closed class that
#   sets its attributes with setattr(self, key, value) from positional (key, value) pairs:
#   the attribute rule judges keyword arguments, namedtuple fields and class-body names
#   against `tb_frame`/`f_code`/..., but not a closed class's run-time setattr names.
# Run-time names: setattr(self, key, value) gets the NON-dunder names tb_frame, tb_next,
#   f_code, f_globals, f_locals (refused by attributes.txt; the runtime wall's setattr
#   applies that list, so the wall would stop this at run time). No dunder given to a builtin.
# Goal reached: /etc/passwd read and printed (result.errors text).
# Output seen under python3 (/usr/bin/python3 3.11.2, env -i PATH=/usr/bin:/bin), first lines:
#   
#   Traceback (most recent call last):
#     File "/etc/passwd", line 1, in passwd
#       root:x:0:0:root:/root:/bin/bash
#     File "/etc/passwd", line 2, in passwd
#       daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#     File "/etc/passwd", line 3, in passwd
#       bin:x:2:2:bin:/bin:/usr/sbin/nologin
#     File "/etc/passwd", line 4, in passwd
#       sys:x:3:3:sys:/dev:/usr/sbin/nologin
#     File "/etc/passwd", line 5, in passwd
import unittest


class Rec:
    def __init__(self, *fields):
        for key, value in fields:
            setattr(self, key, value)


code = Rec(("co_filename", "/etc/passwd"), ("co_name", "passwd"))
frame = Rec(("f_code", code), ("f_globals", {}), ("f_locals", {}))
tb = None
for n in range(40, 0, -1):
    tb = Rec(("tb_frame", frame), ("tb_lasti", -1), ("tb_lineno", n), ("tb_next", tb))
err = ValueError("forged")


class T(unittest.TestCase):
    tearDown_exceptions = [(ValueError, err, tb)]

    @classmethod
    def doClassCleanups(cls):
        pass

    def test_x(self):
        pass


result = unittest.TestResult()
unittest.TestSuite([T("test_x")]).run(result)
for holder, text in result.errors:
    print(text)
