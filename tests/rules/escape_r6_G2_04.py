# expect: reject builtin
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the name written as "__" + k + "__" at the getattr: a prefix "__" may
#   complete to a dunder, whatever the receiver.
import dataclasses

N = "x=print(__import__('os').popen('id').read())):#"


@dataclasses.dataclass
class B:
    y: dataclasses.InitVar[int] = 0

    def grab(self, k):
        return getattr(self, "__" + k + "__")


for f in B().grab("dataclass_fields").values():
    f.name = N


@dataclasses.dataclass
class D(B):
    pass
