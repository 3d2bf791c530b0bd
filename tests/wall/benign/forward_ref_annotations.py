from typing import Optional
class Node:
    def __init__(self, nxt: Optional["Node"] = None):
        self.nxt = nxt
print(type(Node()).__name__)
from typing import Dict, List


class Tree:
    def __init__(self, value: int, children: "List[Tree]" = None) -> None:
        self.value = value
        self.children: List["Tree"] = children or []

    def total(self) -> int:
        return self.value + sum(c.total() for c in self.children)


index: Dict[str, "Tree"] = {"root": Tree(1, [Tree(2), Tree(3, [Tree(4)])])}
print(index["root"].total(), Optional["Tree"])
