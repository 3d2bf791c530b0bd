# expect: accept
# why: 16b family N: from __future__ import annotations used for annotations, exit(1) called
from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    qty: int = 0

    def merge(self, other: Item) -> Item:
        return Item(self.name, self.qty + other.qty)


class Config:
    def __init__(self) -> None:
        self.quiet = False


def main(argv: list[str]) -> int:
    total = Item("bolt", 2).merge(Item("bolt", 3))
    cfg = Config()
    cfg.quiet = len(argv) > 3
    if not cfg.quiet:
        print(total)
    return 0


if main(sys.argv) != 0:
    exit(1)
print("done")
