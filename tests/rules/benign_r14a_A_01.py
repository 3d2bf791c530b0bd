# expect: accept
# why: fourteenth red team (round 14a), family A: dotted value patterns and mapping keys on the program's own constants (an enum's members, a class's literals, a nested plain class)
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()

    def describe(self):
        return self.name.lower()


class Limits:
    """Protocol constants."""

    SMALL = 10
    LARGE = -1
    PAIR = (1, "a")

    class Codes:
        OK = "ok"


def classify(event):
    match event:
        case Color.RED:
            return "red"
        case {"size": Limits.SMALL}:
            return "small"
        case {Limits.Codes.OK: value}:
            return f"ok {value}"
        case Limits.PAIR:
            return "pair"
        case _:
            return "other"


for e in (Color.RED, Color.BLUE, {"size": 10}, {"ok": 3}, (1, "a"), 5):
    print(classify(e))
