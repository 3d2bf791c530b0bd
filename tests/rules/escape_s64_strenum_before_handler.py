# expect: reject class
# line: 16
# why: round 94's near miss: enum's data-typed bases (StrEnum, IntEnum, IntFlag) are a str or an int, no marker: before a handler they would answer its self-calls (CPython refuses this exact class, one member type too many; the rule is judged on the bases as written)
import enum
import logging


class Out:
    def write(self, text):
        print(text, end="")

    def flush(self):
        pass


class H(enum.StrEnum, logging.StreamHandler, enum.Enum):
    A = "{0.__init__.__globals__[os].environ}"

    def __init__(self, *args):
        super().__init__(Out())


log = logging.getLogger("x")
log.addHandler(H.A)
log.warning("hi")
