# expect: reject memory
# line: 28
# why: cost of round 71's setattr rule: in a program whose comparisons call methods of its objects by name (a tzinfo subclass: utcoffset), setattr with a name not written out may set one of them on an instance, where it answers before the class's judged method; write the attribute as a statement
import datetime

OFFSETS = {h: datetime.timedelta(hours=h) for h in range(-12, 13)}
ZERO = datetime.timedelta(0)


class Fixed(datetime.tzinfo):
    def __init__(self, hours, name):
        self.hours = hours
        self.label = name

    def utcoffset(self, dt):
        return OFFSETS[self.hours]

    def tzname(self, dt):
        return self.label

    def dst(self, dt):
        return ZERO


zones = [Fixed(h, f"UTC{h:+d}") for h in (-5, 0, 2)]
for z in zones:
    for key in ("label",):
        setattr(z, key, z.label.replace("UTC+0", "UTC"))
stamps = sorted(datetime.datetime(2024, 3, 1, 12, tzinfo=z) for z in zones)
print([s.tzname() for s in stamps], stamps[0] < stamps[-1])
