# expect: accept
# why: accepted since dataclasses and functools.wraps are offered as decorators (rules/facades.txt). Was: honest code, refused by policy: dataclasses compiles annotation keys as source (rules/imports.txt) - was: from __future__ import annotations with forward references
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class Node:
    value: int
    next: Optional[Node] = None

    def append(self, value: int) -> Node:
        node = self
        while node.next is not None:
            node = node.next
        node.next = Node(value)
        return self

    def to_list(self) -> list[int]:
        out, node = [], self
        while node:
            out.append(node.value)
            node = node.next
        return out


print(Node(1).append(2).append(3).to_list())
