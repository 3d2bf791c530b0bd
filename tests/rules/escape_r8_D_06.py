# expect: reject builtin
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (file, process or environment printed, then dataclasses' TypeError)
# why: family D (self shares an instance with a dataclass through a common subclass):
#   getattr in a lambda of the method, @dataclass(eq=False) imported by name; the name built with str.replace.
from dataclasses import dataclass, InitVar

N = "x=print(dict(__import__('os').environ))):#"
K = "..dataclass_fields..".replace(".", "_")


class A:
    def grab(self, k):
        fetch = lambda: getattr(self, k)
        return fetch()


@dataclass(eq=False)
class B:
    y: InitVar[int] = 0


class E(A, B):
    pass


for f in E().grab(K).values():
    f.name = N


@dataclass
class D(B):
    pass
