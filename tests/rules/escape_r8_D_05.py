# expect: reject builtin
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (file, process or environment printed, then dataclasses' TypeError)
# why: family D (self shares an instance with a dataclass through a common subclass):
#   the dataclass is a grandparent of the sibling base (E(B, A), B(B0), B0 a @dataclass); the name built with str.format.
import dataclasses

N = "x=print(__import__('os').popen('id').read())):#"
K = "{}{}".format("_", "_dataclass_fields__")


class A:
    def grab(self, k):
        return getattr(self, k)


@dataclasses.dataclass
class B0:
    y: dataclasses.InitVar[int] = 0


class B(B0):
    pass


class E(B, A):
    pass


for f in E().grab(K).values():
    f.name = N


@dataclasses.dataclass
class D(B0):
    pass
