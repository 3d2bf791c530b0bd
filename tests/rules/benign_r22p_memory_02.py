# expect: accept
# why: gh-120298, a method of a module-level string constant bound once and only read (RANKS.index(self.rank)) is the literal's own method, as "23456789TJQKA".index(...) is: str's index runs no code of the program's
from functools import total_ordering

RANKS = "23456789TJQKA"

@total_ordering
class Card:
    __slots__ = ("rank", "suit")

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    @property
    def value(self):
        return RANKS.index(self.rank)

    def __eq__(self, other):
        return self.value == other.value

    def __lt__(self, other):
        return self.value < other.value

print(sorted([Card("K", "s"), Card("2", "h"), Card("T", "d")])[0].rank, RANKS.count("A"))
