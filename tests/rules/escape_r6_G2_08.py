# expect: reject builtin
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: getattr(self, k) in a closed class whose subclass is a @dataclass: self is
#   an instance of the dataclass.
import dataclasses

N = "x=print(__import__('os').popen('id').read())):#"


class A:
    def grab(self, k):
        return getattr(self, k)


@dataclasses.dataclass
class B(A):
    y: dataclasses.InitVar[int] = 0


for f in B().grab("__dataclass_fields__").values():
    f.name = N


@dataclasses.dataclass
class D(B):
    pass
