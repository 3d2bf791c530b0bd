# expect: accept
# why: honest75 p02 and p08: a name bound once to a display (or a str literal's split)
# holds a builtin list, tuple or dict wherever it is read; its index, count, get and
# views change nothing and run no code but the judged dunders, so a property read
# in a comparison may use them and iterate the container or its items()
import functools
from dataclasses import dataclass, field

RANKS = "2 3 4 5 6 7 8 9 10 J Q K A".split()
SUITS = ("clubs", "diamonds", "hearts", "spades")
WEIGHTS = {"hw": 0.4, "exam": 0.6}
BONUS = [k for k in WEIGHTS]


@functools.total_ordering
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    @property
    def value(self):
        return RANKS.index(self.rank)

    def sort_key(self):
        return (self.value, SUITS.index(self.suit), SUITS.count(self.suit))

    def __eq__(self, other):
        return self.sort_key() == other.sort_key()

    def __lt__(self, other):
        return self.sort_key() < other.sort_key()

    def __repr__(self):
        return f"{self.rank} of {self.suit}"


@dataclass
class Student:
    name: str
    scores: dict = field(default_factory=dict)

    @property
    def weighted(self):
        total = sum(self.scores[k] * w for k, w in WEIGHTS.items())
        for k in WEIGHTS.keys():
            total += 0 if k in BONUS else 1
        return total + WEIGHTS.get("extra", 0) + len(list(WEIGHTS.values()))


hand = [Card("K", "hearts"), Card("2", "spades"), Card("10", "clubs")]
print(sorted(hand))
people = [Student("ann", {"hw": 90, "exam": 70}), Student("bo", {"hw": 60, "exam": 95})]
print(sorted(people, key=lambda s: s.weighted))
print(people[0] == people[1])
