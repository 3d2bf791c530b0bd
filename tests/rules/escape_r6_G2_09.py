# expect: reject builtin
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the name written as U + U + k with U = "_" bound once: the text the
#   program writes starts with "__" once its constants are read.
import dataclasses

N = "x=print(__import__('os').popen('id').read())):#"
U = "_"


@dataclasses.dataclass
class B:
    y: dataclasses.InitVar[int] = 0

    def grab(self, k):
        return getattr(self, U + U + k)


for f in B().grab("dataclass_fields__").values():
    f.name = N


@dataclasses.dataclass
class D(B):
    pass
