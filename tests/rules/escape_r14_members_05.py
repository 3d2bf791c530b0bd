# expect: reject dunder
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints "keyword.kwlist written: print" (a mappingproxy forwards operators to the dict it wraps, so the operand's reflected method is handed the enum's own _member_map_; a key written there makes Color[...] a library list, which the store rule takes for the program's member)
# why: Enum.__members__ (round 14): the enum class's name rebound by a for loop to a library enum (re.RegexFlag), whose member table is a module's
import enum
import keyword
import re


class Color(enum.Enum):
    RED = 1


class Probe:
    kept = []

    def __ror__(self, other):
        Probe.kept.append(other)
        return other


for Color in [Color, re.RegexFlag]:
    Color.__members__ | Probe()
Probe.kept[1]["X"] = keyword.kwlist
re.RegexFlag["X"].append("print")
print("keyword.kwlist written:", keyword.kwlist[-1])
