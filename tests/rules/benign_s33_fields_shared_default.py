# expect: accept
# why: a class's Field given as another dataclass's default: @dataclass renames it to the judged class-body name, and nothing else writes it
from dataclasses import dataclass, fields


@dataclass
class B:
    x: int = 1


fs = fields(B)


@dataclass
class C:
    y: int = fs[0]


print(fields(C)[0].name, fields(B)[0].name)
