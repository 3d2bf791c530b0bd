# expect: reject builtin
# why: honest run-time names on the program's own objects: setattr/getattr by
#   computed names through self, vars(self), self.__dict__, vars() of an instance
#   bound once, in closed classes (own bases, abc.ABC, builtin bases). Such
#   methods are called bound with their required arguments (rule `method`).
#   Refused since computed names on self must come from a judged source: this
#   name (a '+' chain, a kwargs key, a value from data) may hold any text.
# line: 17
from abc import ABC, abstractmethod


class Settings:
    defaults = {"width": 80, "colour": "auto", "verbose": False}

    def __init__(self, **overrides):
        for key, value in {**self.defaults, **overrides}.items():
            setattr(self, key, value)
        self._frozen = False

    def bump(self, name, amount):
        setattr(self, name, getattr(self, name, 0) + amount)
        return getattr(self, name)

    def has(self, name):
        return hasattr(self, name)

    def __repr__(self):
        shown = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        return f"Settings({shown})"

    def keys(self):
        return sorted(k for k in vars(self) if k in self.defaults)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Tagged(dict):
    def tag(self, pairs):
        for k, v in pairs.items():
            setattr(self, k, v)
        return sorted(self.__dict__)


s = Settings(width=100)
print(s)
print(s.bump("width", 20), s.bump("errors", 1), s.has("colour"), s.has("nope"))
print(s.keys())
r = Rect(2, 3)
print(r.describe(), r.area())
print(sorted(vars(r).items()))
t = Tagged(a=1)
print(t.tag({"owner": "me", "level": 2}), dict(t))
