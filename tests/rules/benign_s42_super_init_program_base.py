# expect: accept
# why: round 73's look-alike: a pure __lt__ builds a value of a class whose constructor calls its program base's constructor through super(), both defs the judgement queues; and a tzinfo's dst returns datetime.timedelta(0), a value class's constructor
import datetime


class Base:
    def __init__(self, key):
        self.key = key


class Key(Base):
    def __init__(self, a, b):
        super().__init__((a, b))


class UTCish(datetime.tzinfo):
    def utcoffset(self, dt):
        return datetime.timedelta(0)

    def dst(self, dt):
        return datetime.timedelta(0)

    def tzname(self, dt):
        return "UTC"


class Row:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __lt__(self, other):
        return Key(self.a, self.b).key < Key(other.a, other.b).key


rows = sorted([Row(2, "x"), Row(1, "y")])
stamp = datetime.datetime(2024, 1, 1, tzinfo=UTCish())
print([r.a for r in rows], stamp.isoformat(), format(stamp, "%Z"))
