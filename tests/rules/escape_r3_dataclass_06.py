# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: @dataclass reads every default with getattr(cls, name), so a
#   descriptor default runs program code while the class attribute of a later
#   field is still its Field: __get__ renames owner.b, and the new name is pasted
#   into the __repr__ source dataclass exec()s.
# Goal reached: code injected into dataclasses' exec; read /etc/passwd.
import dataclasses


class Desc:
    def __init__(self):
        self.calls = 0

    def __get__(self, obj, owner):
        self.calls += 1
        if self.calls == 2:
            owner.b.name = "b or{print(open('/etc/passwd').read()[:40])}"
        return 0


@dataclasses.dataclass(init=False, eq=False)
class Point:
    a: int = Desc()
    b: int = dataclasses.field(default=0)


print(repr(Point()))
