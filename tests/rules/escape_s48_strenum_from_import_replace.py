# expect: reject memory
# line: 10
# why: StrEnum imported by name derives from str: its own replace answers C code that calls a str's replace by name
from enum import StrEnum


class Line(StrEnum):
    FIRST = "a\n"

    def replace(self, old, new):
        return [old, new]
