# expect: accept
# why: round 29b's look-alike: a program class in annotations as a library generic's parameter (list[Node], dict[str, tuple[Node, int]], Optional['Node']) and a union with None: handed to no code
from typing import Optional


class Node:
    def __init__(self, value: int, nxt: Optional["Node"] = None) -> None:
        self.value = value
        self.nxt = nxt


def walk(head: Node | None) -> list[Node]:
    out: list[Node] = []
    while head is not None:
        out.append(head)
        head = head.nxt
    return out


table: dict[str, tuple[Node, int]] = {}
table["a"] = (Node(1), 1)
print([n.value for n in walk(Node(1, Node(2)))], len(table))
