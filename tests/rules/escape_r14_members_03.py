# expect: reject dunder
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints "keyword.kwlist written: print" (a mappingproxy forwards operators to the dict it wraps, so the operand's reflected method is handed the enum's own _member_map_; a key written there makes Color[...] a library list, which the store rule takes for the program's member)
# why: Enum.__members__ (round 14): its keys() view's .mapping is the table again (the same for vars(x).keys(), closed on the way)
import enum
import keyword


class Color(enum.Enum):
    RED = 1


class Probe:
    kept = []

    def __ror__(self, other):
        Probe.kept.append(other)
        return other


Color.__members__.keys().mapping | Probe()
Probe.kept[0].setdefault("X", keyword.kwlist)
Color["X"].append("print")
print("keyword.kwlist written:", keyword.kwlist[-1])
