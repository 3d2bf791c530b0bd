# expect: accept
# why: the honest look-alikes of round 26f: bases written as names or a module's classes (Generic[T], enum.Enum, a tzinfo), a tzinfo subclass handed to datetime, a JSONEncoder subclass handed to json.dumps, a logging handler whose emit returns nothing, a class whose test data is a literal table, a nested class used but not as a base; and unittest.main(exit=False) reading the service's own argv
import datetime
import enum
import json
import logging
import typing
import unittest

T = typing.TypeVar("T")


class Box(typing.Generic[T]):
    def __init__(self, item: T):
        self.item = item


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Fixed(datetime.tzinfo):
    def __init__(self, hours):
        self.delta = datetime.timedelta(hours=hours)

    def utcoffset(self, dt):
        return self.delta

    def dst(self, dt):
        return datetime.timedelta(0)

    def tzname(self, dt):
        return "FIXED"


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


class Keep(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v

    def make(self, v):
        return Outer.Inner(v)


tz = Fixed(2)
moment = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=tz)
print(moment.isoformat(), moment.tzname())
print(datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc).astimezone(tz).hour)
print(json.dumps({"tags": {"b", "a"}}, cls=SetEncoder))
print(Box(3).item, Color.RED.name, Outer().make(5).v)

log = logging.getLogger("r26f")
keep = Keep()
log.addHandler(keep)
log.warning("seen %d", 2)
print(keep.lines)


class RomanTable(unittest.TestCase):
    table = {1: "I", 5: "V", 10: "X"}

    def test_table(self):
        for n, r in self.table.items():
            self.assertEqual(len(r), 1, n)


unittest.main(argv=["prog"], exit=False, verbosity=0)
