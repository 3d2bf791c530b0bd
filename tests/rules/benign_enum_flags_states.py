# expect: accept
from enum import Enum, IntEnum, Flag, auto, unique


@unique
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3

    @property
    def is_start(self):
        return self is Weekday.MON


class Permission(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


class Light(Enum):
    RED = "stop"
    GREEN = "go"

    def next(self):
        return Light.GREEN if self is Light.RED else Light.RED


p = Permission.READ | Permission.WRITE
print(Weekday(2).name, Weekday.MON.is_start, sorted(Weekday)[-1], Permission.WRITE in p, Permission.EXEC in p)
print(Light.RED.next(), Light["GREEN"].value, [m.name for m in Light], Permission.ALL.value)
