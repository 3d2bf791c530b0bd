# expect: reject memory
# line: 14
# why: the cost kept (honest36 p38's): a classmethod holds its class as a value (cls), and a class's property read off a class is the property object itself, so a getter read off a loop variable may be exposed and the ordered dataclass's comparison judges it (it calls dict.values(), whose callee the judgement does not see)
from dataclasses import dataclass, field


@dataclass(order=True)
class Student:
    name: str
    scores: dict = field(default_factory=dict, compare=False)

    @property
    def mean(self):
        return sum(self.scores.values()) / len(self.scores)

    @classmethod
    def graded(cls, name, **scores):
        return cls(name, scores)


roster = [Student.graded("Priya", math=90, art=70), Student.graded("Yuki", math=80)]
for s in sorted(roster):
    print(s.name, s.mean)
