# expect: reject builtin
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: getattr(self, k, d) with a default, on a subclass of a subclass of a
#   @dataclass class.
import dataclasses

N = "x=print(__import__('os').popen('id').read())):#"


@dataclasses.dataclass
class B:
    y: dataclasses.InitVar[int] = 0

    def grab(self, k, d=None):
        return getattr(self, k, d)


class C(B):
    pass


for f in C().grab("__" + "dataclass_fields" + "__").values():
    f.name = N


@dataclasses.dataclass
class D(C):
    pass
