# expect: accept
# why: honest __getattr__ look-alikes the hook rule keeps: a proxy over a dict of
#   settings whose first statement refuses every name that starts with "_" (the
#   idiom that also keeps copy and pickle from recursing), the same with the
#   dunder-shaped test, and a fallback that answers only strings; each copied with
#   copy.deepcopy and dataclasses.asdict, whose lookups of __deepcopy__ and
#   __setstate__ end at the guard; since the fifteenth red team (family F) each
#   lists the names it answers with anything but text (`name in ("width", ...)`)
import copy
import dataclasses


class Settings:
    """Attribute access to a dict of settings."""

    def __init__(self, **values):
        self.values = dict(values)

    def __getattr__(self, name):
        # copy asks for __deepcopy__ and __setstate__: not settings
        if name.startswith("_"):
            raise AttributeError(name)
        if name in ("width", "height", "scale", "depth"):
            try:
                return self.values[name]
            except KeyError:
                raise AttributeError(name) from None
        raise AttributeError(name)


class Record:
    def __init__(self, fields):
        self.fields = fields

    def __getattr__(self, name: str):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if name in ("id", "tags") and name in self.fields:
            return self.fields[name]
        raise AttributeError(name)


class Labels:
    def __getattr__(self, name):
        if name.isupper():
            return name.lower()
        return f"<{name}>"


@dataclasses.dataclass
class Box:
    settings: object
    record: object


s = Settings(width=3, height=4, scale=lambda v: v * 2)
r = Record({"id": 7, "tags": ["a", "b"]})
print(s.width * s.height, s.scale(5), r.id, r.tags)
s2 = copy.deepcopy(s)
print(s2.width, s2 is s, s2.values is s.values, copy.deepcopy(r).tags)
print(dataclasses.asdict(Box(s, r))["record"].tags)
print(Labels().HELLO, Labels().world)
try:
    print(s.depth)
except AttributeError as e:
    print("missing", e)
