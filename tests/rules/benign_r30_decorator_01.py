# expect: accept
# why: class decorators in the form that returns the class: @unittest.skip(reason), @enum.verify(...), @dataclass(...) with keywords, bare @typing.final
# honest: a skipped test class, a verified enum, a frozen dataclass, a final class
import dataclasses
import enum
import typing
import unittest


@unittest.skip("slow on the grader")
class SlowTests(unittest.TestCase):
    def test_big(self):
        self.assertEqual(sum(range(10)), 45)


@enum.verify(enum.UNIQUE)
class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int


@typing.final
class Leaf:
    pass


print(Color.RED, sorted([Point(2, 1), Point(1, 5)]), type(Leaf()).__name__)
unittest.main(argv=["prog"], exit=False)
