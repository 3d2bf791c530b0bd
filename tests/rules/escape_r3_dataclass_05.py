# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir (on 3.11.2
#   dataclass first fails computing the TypedDict class's docstring signature)
# Mechanism: the decorator under @dataclass is any expression (Python 3.9): an
#   item of a dict of functions returns a TypedDict class built from a mapping;
#   its key is pasted into the __repr__ source dataclass exec()s.
# Goal reached: code injected into dataclasses' exec; printed the environment.
import dataclasses
import typing

KEY = "__class__ or{print(sorted(__import__('os').environ)[:3])}"
table = {"swap": lambda cls: typing.TypedDict("T", {KEY: str})}


@dataclasses.dataclass(init=False, eq=False)
@table["swap"]
class Thing:
    pass


repr(Thing.__new__(Thing))
