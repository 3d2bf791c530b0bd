# expect: reject dunder
# line: 25
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints "keyword.kwlist written: print" (a mappingproxy forwards operators to the dict it wraps, so the operand's reflected method is handed the enum's own _member_map_; a key written there makes Color[...] a library list, which the store rule takes for the program's member)
# why: Enum.__members__ (round 14): the proxy handed to a function of the program's, which takes values().mapping | probe
import enum
import keyword


class Color(enum.Enum):
    RED = 1


class Probe:
    kept = []

    def __ror__(self, other):
        Probe.kept.append(other)
        return other


def merge(members, extra):
    return members.values().mapping | extra


merge(Color.__members__, Probe())
Probe.kept[0]["X"] = keyword.kwlist
Color["X"].append("print")
print("keyword.kwlist written:", keyword.kwlist[-1])
