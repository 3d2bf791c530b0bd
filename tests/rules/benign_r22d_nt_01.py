# expect: accept
# why: positional class patterns on records whose __match_args__ the library makes
#   from fields the program wrote (honest19 p50's lexer tokens): a typing.NamedTuple
#   class with annotated fields, a subclass of it, a collections.namedtuple bound
#   once (string and list field forms), and a dataclass.
import collections
import dataclasses
import typing
from collections import namedtuple
from typing import NamedTuple


class Tok(NamedTuple):
    type: str
    value: str
    line: int = 0
    col: int = 0

    def where(self):
        return f"{self.line}:{self.col}"


class KwTok(Tok):
    pass


class Span(typing.NamedTuple):
    start: int
    end: int


Point = collections.namedtuple("Point", "x y", defaults=(0,))
Pair = namedtuple("Pair", ["left", "right"])


@dataclasses.dataclass
class Move:
    piece: str
    to: tuple


def show(item):
    match item:
        case Tok("KW", kw, ln, _):
            return f"{ln}: keyword {kw.upper()}"
        case Tok("NUMBER", v) if "." in v:
            return f"float {float(v)}"
        case Tok(type="OP", value="{" | "}"):
            return "brace"
        case Span(a, b):
            return f"span {b - a}"
        case Point(x, y):
            return f"point {x},{y}"
        case Pair(l, r):
            return f"pair {l}/{r}"
        case Move(p, (r, c)):
            return f"{p} to {r}{c}"
        case _:
            return "other"


for it in (Tok("KW", "let", 1, 1), KwTok("KW", "if", 2, 3), Tok("NUMBER", "1.5"),
           Tok("OP", "{"), Span(3, 8), Point(1), Pair("a", "b"), Move("N", ("c", 3)), 7):
    print(show(it))
