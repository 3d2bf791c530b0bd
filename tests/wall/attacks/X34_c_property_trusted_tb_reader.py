# family: wall (a C property stands in a trusted reader's variable)   goal: frame
# unittest's _is_relevant_tb_level reads tb.tb_frame; handed an object whose
# tb_frame is a property with a C getter (lru_cache over attrgetter), the real read
# of a real traceback's frame happens with the trusted function as the Python frame
# below the hook, and the cache keeps the frame for the program.
import functools
import operator
import unittest

try:
    raise ValueError("x")
except ValueError as e:
    real_tb = e.__traceback__
P = functools.lru_cache(maxsize=None)(operator.attrgetter("t.tb_frame"))


class Duck:
    tb_frame = property(P)


x = Duck()
x.t = real_tb
try:
    unittest.result.TestResult._is_relevant_tb_level(None, x)
except Exception:
    pass
frame = P(x)
if type(frame).__name__ == "frame":
    print("FRAME" + "-REACHED", frame.f_lineno)
