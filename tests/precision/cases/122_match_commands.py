# Structural pattern matching on commands, data shapes and classes.
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int


def interpret(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", item, *rest] if rest:
            return f"taking {item} and {len(rest)} more"
        case ["take", item]:
            return f"taking {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


def describe(value):
    match value:
        case None:
            return "nothing"
        case bool(b):
            return f"a boolean {b}"
        case int(n) if n < 0:
            return "a negative int"
        case int() | float():
            return f"a number {value}"
        case str() as s if not s:
            return "an empty string"
        case {"type": "user", "name": str(name)}:
            return f"user {name}"
        case {"type": kind, **rest}:
            return f"{kind} with {sorted(rest)}"
        case Point(x=0, y=0):
            return "the origin"
        case Point(x=x, y=y) if x == y:
            return f"diagonal point {x}"
        case Point():
            return f"point {value.x},{value.y}"
        case [x, y]:
            return f"pair {x}/{y}"
        case [first, *others]:
            return f"list starting {first} with {len(others)} more"
        case _:
            return f"something else: {type(value).__name__}"


for cmd in ["go north", "go up", "take lamp", "take key coin map", "exit", "", "dance wildly"]:
    print(f"{cmd!r:22} -> {interpret(cmd)}")
for v in [None, True, -5, 3.5, "", {"type": "user", "name": "ann"}, {"type": "group", "id": 1, "size": 3},
          Point(0, 0), Point(2, 2), Point(1, 5), [1, 2], [1, 2, 3], (9,), "text"]:
    print(f"{v!r:34} -> {describe(v)}")
