# expect: accept
# why: family X look-alike: a @dataclass tree (a library decorator: its instances are the
#   program's) whose fields are named like library attributes (name, value, parent, data):
#   node.parent.children.append and node.data[...] = ... write the program's own objects.
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class Node:
    name: str
    value: int = 0
    parent: Optional["Node"] = None
    children: List["Node"] = field(default_factory=list)
    data: dict = field(default_factory=dict)

    def add(self, child):
        child.parent = self
        self.children.append(child)
        self.data[child.name] = child.value
        return child


root = Node("root")
a = root.add(Node("a", 1))
b = a.add(Node("b", 2))
b.parent.children.append(Node("c", 3))
b.parent.data["c"] = 3
a.data.update(more=4)
print([c.name for c in a.children], a.data, b.parent.name)
