# expect: accept
# why: fourteenth red team (round 14a), family E: a class by value compared in a literal tuple of named classes, a named class in typing.get_args, a dict of named-class keys only read
import typing

HANDLERS = {int: "integer", str: "text", None: "nothing", "x": "letter"}


def describe(value):
    if type(value) in (int, float):
        number = "number"
    else:
        number = "other"
    hint = typing.Optional[int]
    has_int = int in typing.get_args(hint)
    return f"{type(value).__name__} {number} {HANDLERS[type(value)] if type(value) in HANDLERS else '?'} {has_int} {isinstance(value, (type(1), str))}"


for v in (1, "a", 2.5):
    print(describe(v))
print((type(1), type("a")))
print(type(1) in HANDLERS, HANDLERS[type("a")])
