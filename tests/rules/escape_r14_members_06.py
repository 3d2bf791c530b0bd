# expect: reject builtin
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints "deepcopy ran the planted hook: True" (vars(self).keys().mapping is a proxy of the instance dict; compared with a probe, the probe's __eq__ is handed the dict itself, and a __reduce_ex__ key planted there is what copy.deepcopy calls)
# why: found while allowing Enum.__members__ (round 14): the read-in-place rule of vars(x) let a reading method's view through, whose .mapping is the table again
import copy


class Probe:
    kept = []

    def __ror__(self, other):
        Probe.kept.append(other)
        return other


class K:
    def __init__(self):
        self.a = 1

    def table(self, probe):
        return vars(self).keys().mapping | probe


def hook(protocol):
    return (print, ("deepcopy ran the planted hook:", True))


k = K()
k.table(Probe())
Probe.kept[0]["__reduce_ex__"] = hook
copy.deepcopy(k)
