# expect: reject dunder
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints "keyword.kwlist written: print" (a mappingproxy forwards operators to the dict it wraps, so the operand's reflected method is handed the enum's own _member_map_; a key written there makes Color[...] a library list, which the store rule takes for the program's member)
# why: Enum.__members__ (round 14) is read in place only: compared with ==, the probe's __eq__ keeps the member table
import enum
import keyword


class Color(enum.Enum):
    RED = 1


class Probe:
    kept = []

    def __eq__(self, other):
        Probe.kept.append(other)
        return True

    __hash__ = None


Color.__members__ == Probe()
Probe.kept[0]["X"] = keyword.kwlist
Color["X"].append("print")
print("keyword.kwlist written:", keyword.kwlist[-1])
