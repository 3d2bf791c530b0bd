# expect: reject attribute
# line: 11
# why: a class body's annotation is evaluated and kept in the class's __annotations__ (and a dataclass Field's type): A[B].c there is member_type, refused whole
from dataclasses import dataclass, fields

gens = [(x for x in ())]


@dataclass
class Box:
    frame: gens[0].gi_frame = None


print(fields(Box)[0].type)
