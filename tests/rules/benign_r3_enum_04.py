# expect: accept
# why: a program with enum classes keeps its other hooks: a registry filled by
# __init_subclass__ and a classmethod factory calling cls(a, b) in classes no enum
# class derives from; an enum's own __init_subclass__ and classmethods that only
# look cls up
import enum


class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls)


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    @classmethod
    def parse(cls, text):
        a, b = text.split(",")
        return cls(int(a), int(b))


class CsvPlugin(Plugin):
    pass


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2

    @classmethod
    def parse(cls, text):
        names = [m.name for m in cls]
        return cls[text.upper()] if text.upper() in names else cls(int(text))


print([c.__name__ for c in Plugin.registry], Pair.parse("3,4").b, Level.parse("high"),
      Level.parse("1"))
