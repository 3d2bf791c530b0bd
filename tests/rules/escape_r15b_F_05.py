# expect: reject attribute
# line: 70
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the environment printed)
# why: fifteenth red team (15b), family F: as 04, pointed at /proc/self/environ

# Mechanism: as ok_04 (family F: a plain program class as a unittest "test", its class
#   attribute tearDown_exceptions holding a forged (E, e, tb) that TestSuite hands to
#   TestResult.addError; traceback formatting has linecache open the forged co_filename),
#   here pointed at /proc/self/environ.
# Run-time names: none.
# Goal reached: the process environment printed (same content as os.environ).
# Output seen under python3 (env -i PATH=/usr/bin:/bin HOME=$tmp):
#   
#   Traceback (most recent call last):
#     File "/proc/self/environ", line 1, in environ
#       PATH=/usr/bin:/bin
#   HOME=<the temp dir>
#   
#   ValueError: forged
import unittest


class Code:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "co_filename":
            return "/proc/self/environ"
        return "environ"


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
for n in range(1, 0, -1):
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
    print(text.replace("\0", "\n"))
