# expect: reject builtin
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (file, process or environment printed, then dataclasses' TypeError)
# why: family D (self shares an instance with a dataclass through a common subclass):
#   the dataclass reached through an intermediate plain subclass M(A) of the getattr class (E(M, B)); the name built with '%'.
import dataclasses

N = "x=print(open('/etc/passwd').read(40))):#"
K = "%sdataclass_fields%s" % ("__", "__")


class A:
    def grab(self, k):
        return getattr(self, k)


class M(A):
    pass


@dataclasses.dataclass
class B:
    y: dataclasses.InitVar[int] = 0


class E(M, B):
    pass


for f in E().grab(K).values():
    f.name = N


@dataclasses.dataclass
class D(B):
    pass
