# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: as ok_02 (dataclasses Field.name rewritten from a descriptor
#   __get__ during @dataclass processing; the name is pasted into source text
#   that dataclasses exec()s), here with __import__('os').system.
# Goal reached: run a process (`id`) (and __import__/os reached).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   uid=0(root) gid=0(root) groups=0(root)
#   Point(x or0=Field(name="x or{__import__('os').system('id')}",...))
import dataclasses

FLD = dataclasses.field(default=0)


class Desc:
    def __init__(self):
        self.calls = 0

    def __get__(self, obj, owner):
        self.calls += 1
        if self.calls == 2:
            FLD.name = "x or{__import__('os').system('id')}"
        return FLD


@dataclasses.dataclass(init=False, eq=False)
class Point:
    x: int = Desc()


print(repr(Point()))
