# expect: reject builtin
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: "_" + k with k = "_dataclass_fields__": a prefix of one "_" may be a dunder.
import dataclasses

N = "x=print(__import__('os').popen('id').read())):#"


@dataclasses.dataclass
class B:
    y: dataclasses.InitVar[int] = 0

    def grab(self, k):
        return getattr(self, "_" + k)


for f in B().grab("_dataclass_fields__").values():
    f.name = N


@dataclasses.dataclass
class D(B):
    pass
