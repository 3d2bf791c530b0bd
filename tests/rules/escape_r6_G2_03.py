# expect: reject builtin
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: getattr(self, k) in a subclass (not decorated) of a @dataclass class.
import dataclasses

N = "x=print(__import__('os').popen('id').read())):#"


@dataclasses.dataclass
class B:
    y: dataclasses.InitVar[int] = 0


class C(B):
    def grab(self, k):
        return getattr(self, k)


for f in C().grab("__dataclass_fields__").values():
    f.name = N


@dataclasses.dataclass
class D(B):
    pass
