# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir (on 3.11.2
#   dataclass first fails computing the TypedDict class's docstring signature)
# Mechanism: `from dataclasses import dataclass` stacked over a program decorator
#   that builds a TypedDict class from a mapping whose key is source text; the
#   key becomes a field name pasted into the __repr__ source dataclass exec()s.
# Goal reached: code injected into dataclasses' exec; ran a process (id).
import typing
from dataclasses import dataclass

KEY = "__class__ or{__import__('os').system('id')}"


def retype(cls):
    return typing.TypedDict("Forged", {KEY: int}, total=False)


@dataclass(init=False, eq=False)
@retype
class Record:
    pass


print(repr(Record.__new__(Record)))
