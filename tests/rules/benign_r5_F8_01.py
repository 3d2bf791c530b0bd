# expect: accept
# why: field names, keywords, enum members and class attributes with ordinary names;
# logging's tracebacks through exc_info=True and log.exception; a TestResult of the
# program's own that records successes; a LogRecord made without exc_info
import collections
import dataclasses
import enum
import io
import logging
import typing
import unittest

Point = collections.namedtuple("Point", "x y")
Pair = collections.namedtuple("Pair", ["left", "right"], defaults=[0])
Row = typing.NamedTuple("Row", [("name", str), ("score", int)])


class Span(typing.NamedTuple):
    start: int
    end: int


@dataclasses.dataclass
class Frame:
    code: str
    lineno: int = 0


class Box:
    raw_text = ""

    def __init__(self, **fields):
        self.fields = fields


Color = enum.Enum("Color", "RED GREEN")
stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.INFO, format="%(levelname)s %(message)s %(user)s")
log = logging.getLogger("app")
try:
    1 / 0
except ZeroDivisionError:
    log.error("failed", exc_info=True, extra={"user": "ann"})
    log.exception("again", extra={"user": "bob"})
log.info("fine", exc_info=None, extra={"user": "cy"})
record = logging.LogRecord("app", logging.INFO, "prog.py", 1, "made by hand", None, None)
print(record.getMessage(), record.levelname, record.exc_text)


class Counting(unittest.TestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        print("ok:", test.id().split(".")[-1])


class T(unittest.TestCase):
    def test_point(self):
        self.assertEqual(Point(1, 2).x, 1)


result = Counting()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)
print(Point(1, 2), Pair(3), Row("a", 1), Span(0, 4), Frame("c"), Color.RED.name)
print(Box(size=3, label="b").fields, result.testsRun, stream.getvalue().count("ZeroDivisionError"))
