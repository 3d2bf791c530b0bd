# expect: accept
# why: round 71's setattr rule keeps honest code: in a program with a tzinfo subclass (whose utcoffset datetime's comparisons call), setattr with a literal name that is no hook, a for loop binding plain names, and the hook itself a def
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
    setattr(z, "label", z.label.replace("UTC+0", "UTC"))
stamps = sorted(datetime.datetime(2024, 3, 1, 12, tzinfo=z) for z in zones)
print([s.tzname() for s in stamps], stamps[0] < stamps[-1])
