# expect: reject store
# line: 8
# why: fields() hands out the class's own Field objects, which @dataclass reads again for every subclass and whose name it pastes into compiled source: writing .name is a store into the library's shared state
from dataclasses import dataclass, fields
@dataclass
class B:
    x: int = 1
fields(B)[0].name = "x=print(open('/etc/passwd').read())):#"
@dataclass
class C(B):
    y: int = 2
