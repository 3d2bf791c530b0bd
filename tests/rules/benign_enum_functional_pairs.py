# expect: accept
# why: Enum's functional API with literal (name, value) pairs or a dict with literal string keys and number or string values is as judgeable as Enum("Color", "RED GREEN")
import copy
from enum import Enum, IntEnum

Rank = IntEnum("Rank", [("TWO", 2), ("THREE", 3), ("ACE", 14)])
Suit = Enum("Suit", {"CLUBS": "c", "HEARTS": "h"})
Temp = Enum("Temp", (("COLD", -1.5), ("HOT", 40)))

for r in Rank:
    print(r.name, int(r), r > Rank.TWO)
print(Suit.CLUBS.value, Suit["HEARTS"], Temp(-1.5))
print(copy.deepcopy(Rank.ACE) is Rank.ACE)
