# expect: accept
# why: fifteenth red team (round 15a), family C: plain receivers of a class: @classmethod defs (with abc.abstractmethod), __init_subclass__, __set_name__ and __get__ written as plain defs, staticmethod over functools.lru_cache, a program decorator on an ordinary method
import abc
import collections
import functools


class Tally(collections.Counter):
    @classmethod
    def of(cls, words):
        return cls(words)

    @property
    def size(self):
        return len(self)

    @staticmethod
    @functools.lru_cache(maxsize=None)
    def weight(word):
        return len(word)


class Base(abc.ABC):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__)

    @classmethod
    @abc.abstractmethod
    def build(cls):
        raise NotImplementedError


class Impl(Base):
    @classmethod
    def build(cls):
        return cls()


class Field:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return self.name


class Rec:
    size = Field()


def logged(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner


class Greeter:
    @logged
    def hello(self, who):
        return "hello " + who


t = Tally.of("a b a".split())
print(t.size, Tally.weight("abc"), type(Impl.build()).__name__)
print(Rec.size, Greeter().hello("you"))
