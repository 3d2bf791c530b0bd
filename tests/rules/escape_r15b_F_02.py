# expect: reject attribute
# line: 43
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the environment printed)
# why: fifteenth red team (15b), family F: a class cleanup appends a forged triple to T.tearDown_exceptions after setUpClass fails: refused as the attribute name it is

# Mechanism (family F, forged traceback in class-held unittest state, setUpClass path):
#   TestSuite._handleClassSetUp: when setUpClass raises, it calls doClassCleanups() and
#   then walks `currentClass.tearDown_exceptions`, handing each (E, e, tb) as info= to
#   result.addError -> TestResult._exc_info_to_string -> traceback.TracebackException,
#   whose frame walk asks linecache for tb.tb_frame.f_code.co_filename.
#   doClassCleanups first resets cls.tearDown_exceptions = [] and then runs the class
#   cleanups; the program's cleanup (registered as T.addClassCleanup(plant), allowed on
#   the program's own class by name) appends a forged triple to that fresh list.
#   The fake tb/frame/code: a closed class setting attributes by setattr(self, key, value).
# Run-time names: setattr gets the non-dunder names tb_frame, tb_next, f_code, f_globals,
#   f_locals (in attributes.txt; the runtime wall's setattr would refuse them). No dunder.
# Goal reached: the process environment printed (/proc/self/environ read by linecache and
#   printed by TextTestRunner) -- the same content as os.environ.
# Output seen under python3 (run under env -i PATH=/usr/bin:/bin HOME=$tmp):
#   ERROR: setUpClass (__main__.T)
#   Traceback (most recent call last):
#     File "/proc/self/environ", line 1, in environ
#       PATH=/usr/bin:/bin
#   HOME=<the temp dir>
#   ValueError: forged
import io
import unittest


class Rec:
    def __init__(self, *fields):
        for key, value in fields:
            setattr(self, key, value)


code = Rec(("co_filename", "/proc/self/environ"), ("co_name", "environ"))
frame = Rec(("f_code", code), ("f_globals", {}), ("f_locals", {}))
tb = Rec(("tb_frame", frame), ("tb_lasti", -1), ("tb_lineno", 1), ("tb_next", None))
err = ValueError("forged")


def plant():
    T.tearDown_exceptions.append((ValueError, err, tb))


class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        T.addClassCleanup(plant)
        raise ValueError("setUpClass failed on purpose")

    def test_x(self):
        pass


stream = io.StringIO()
unittest.TextTestRunner(stream=stream).run(unittest.TestSuite([T("test_x")]))
print(stream.getvalue().replace("\0", "\n"))
