# expect: reject attribute
# line: 82
# verified: reaches its goal under plain python3 (3.11) in a temp dir (/etc/passwd read)
# why: fifteenth red team (15b), family F: a plain program class as a test, its class attribute tearDown_exceptions holding a forged traceback answered by __getattr__s (the attribute name is refused; each __getattr__ lists refused names, tb_frame, f_code, co_filename)

# Mechanism (family F, forged traceback in class-held state, no library base, no run-time names):
#   A plain program class `Check` (no base) is a "test" as the 14b fix allows
#   (instances of the program's classes, Check("test_x")). TestSuite.run stores
#   result._previousTestClass = Check and, at the end, _tearDownPreviousClass(None, result)
#   calls Check.doClassCleanups() (a no-op classmethod) and walks Check.tearDown_exceptions,
#   a class attribute holding a forged (E, e, tb) triple. Each entry goes, as info=, to the
#   real unittest.TestResult.addError -> _exc_info_to_string -> traceback.TracebackException,
#   whose frame walk has linecache open tb.tb_frame.f_code.co_filename.
#   The fake traceback/frame/code are program classes answering tb_frame, tb_next,
#   tb_lineno, tb_lasti, f_code, f_globals, co_filename, co_name from __getattr__ in the
#   exact form the dunder rule asks for (first statement `if name.startswith("_"): raise
#   AttributeError(name)`); with no class deriving from a library class in the program the
#   memory rule does not judge __getattr__'s purity. The attribute rule judges those names
#   only where a program spells them (keywords, class bodies, namedtuple fields, literals),
#   never what __getattr__ answers.
# Run-time names: none (no getattr/setattr/vars, no dunder read or store).
# Goal reached: /etc/passwd read and printed.
# Output seen under python3:
#   
#   Traceback (most recent call last):
#     File "/etc/passwd", line 1, in passwd
#       root:x:0:0:root:/root:/bin/bash
#     File "/etc/passwd", line 2, in passwd
#       daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#     File "/etc/passwd", line 3, in passwd
#       bin:x:2:2:bin:/bin:/usr/sbin/nologin
import unittest


class Code:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "co_filename":
            return "/etc/passwd"
        return "passwd"


class Frame:
    def __init__(self, code):
        self.code = code

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "f_code":
            return self.code
        return {}


class Tb:
    def __init__(self, frame, lineno, after):
        self.frame = frame
        self.lineno = lineno
        self.after = after

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "tb_frame":
            return self.frame
        if name == "tb_next":
            return self.after
        if name == "tb_lineno":
            return self.lineno
        return -1


frame = Frame(Code())
tb = None
for n in range(40, 0, -1):
    tb = Tb(frame, n, tb)
err = ValueError("forged")


class Check:
    tearDown_exceptions = [(ValueError, err, tb)]

    def __init__(self, name):
        self.name = name

    @classmethod
    def doClassCleanups(cls):
        pass

    def __call__(self, result):
        pass


result = unittest.TestResult()
unittest.TestSuite([Check("test_x")]).run(result)
for holder, text in result.errors:
    print(text)
