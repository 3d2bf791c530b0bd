# expect: reject builtin
# why: honest reads of an instance namespace where it is made: items(), keys(),
#   values(), get(), an item, iteration, `in`, copies (dict(), copy(), ** and *
#   spreads), the reading builtins (sorted, len, print, repr, list, min, max),
#   json.dumps, str.join, f-strings and conditions; a copy taken with dict(...) is
#   the program's own dict and may be changed. Writes go through setattr.
#   Refused since computed names on self must come from a judged source: this
#   name (a '+' chain, a kwargs key, a value from data) may hold any text.
# line: 16
import json


class Settings:
    def __init__(self, **overrides):
        for key, value in overrides.items():
            setattr(self, key, value)

    def __repr__(self):
        shown = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Settings({shown})"

    def names(self):
        return sorted(self.__dict__)

    def has(self, name):
        return name in vars(self) and name not in self.__dict__.get("hidden", ())

    def total(self):
        return sum(v for v in vars(self).values() if isinstance(v, int))

    def as_dict(self):
        data = dict(vars(self))
        data["kind"] = "settings"
        return data

    def merged(self, extra):
        return {**self.__dict__, **extra}

    def first(self):
        return min(vars(self)), max(self.__dict__)

    def width_or_zero(self):
        return vars(self)["width"] if "width" in vars(self) else 0

    def dump(self):
        return json.dumps(vars(self), sort_keys=True)

    def keys_text(self):
        return "/".join(self.__dict__.keys())

    def empty(self):
        if not vars(self):
            return True
        return len(self.__dict__) == 0

    def clone(self):
        return Settings(**vars(self))

    def fields(self):
        return list(self.__dict__)


s = Settings(width=80, height=24, title="term")
print(s)
print(s.names(), s.has("width"), s.has("depth"), s.total())
print(s.as_dict(), s.merged({"depth": 3}))
print(s.first(), s.width_or_zero(), s.dump(), s.keys_text(), s.empty())
print(s.clone(), s.fields(), list(vars(s)), repr(vars(s)) == repr(s))
for name in vars(s):
    print(name, f"{vars(s)}" != "")
snapshot = vars(s).copy()
snapshot["width"] = 100
print(snapshot["width"], s.width_or_zero())
