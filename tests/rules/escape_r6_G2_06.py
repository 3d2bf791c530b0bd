# expect: reject builtin
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: an f-string f"{U}{k}{U}" with U = "_" * 2.
import dataclasses

N = "x=print(__import__('os').popen('id').read())):#"
U = "_" * 2


@dataclasses.dataclass
class B:
    y: dataclasses.InitVar[int] = 0

    def grab(self, k):
        return getattr(self, f"{U}{k}{U}")


for f in B().grab("dataclass_fields").values():
    f.name = N


@dataclasses.dataclass
class D(B):
    pass
