# expect: accept
# why: enum's _missing_ written as the documented classmethod, and super() in an
#   __init_subclass__ (an implicit classmethod: super() binds the class)
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def _missing_(cls, value):
        names = {m.name.lower(): m for m in cls}
        return names.get(str(value).lower())


class Plugin:
    names = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.names.append(cls.__name__)


class Csv(Plugin):
    pass


print(Color("red"), Color(2), Plugin.names)
