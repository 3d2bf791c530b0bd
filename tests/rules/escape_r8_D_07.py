# expect: reject builtin
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (file, process or environment printed, then dataclasses' TypeError)
# why: family D (self shares an instance with a dataclass through a common subclass):
#   both sides deep: E(A2, F) with A2(A) holding nothing, F(B) and B the @dataclass; the name is an f-string starting with a field.
import dataclasses

N = "x=print(open('/etc/passwd').read(40))):#"
U = "__"


class A:
    def grab(self, k):
        return getattr(self, k)


class A2(A):
    pass


@dataclasses.dataclass
class B:
    y: dataclasses.InitVar[int] = 0


class F(B):
    pass


class E(A2, F):
    pass


for f in E().grab(f"{U}dataclass_fields{U}").values():
    f.name = N


@dataclasses.dataclass
class D(B):
    pass
