# expect: accept
# why: round 105's judgement of annotations: nested defs in a comparison annotated with names, strings, builtin generics over them and a default, as people write them
from functools import total_ordering


@total_ordering
class Card:
    def __init__(self, rank: int, suit: str) -> None:
        self.rank = rank
        self.suit = suit

    def __eq__(self, other: "Card") -> bool:
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __lt__(self, other: "Card") -> bool:
        def key(card: "Card", order: dict[str, int] = None) -> tuple[int, int]:
            return (card.rank, len(card.suit))

        def label(parts: list[tuple[str, int]]) -> str:
            return ",".join(p for p, _ in parts)

        return key(self) < key(other)


hand = [Card(10, "spades"), Card(2, "hearts"), Card(7, "clubs")]
print([c.rank for c in sorted(hand)])
