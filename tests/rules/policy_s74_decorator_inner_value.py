# expect: reject memory
# line: 54
# why: the cost of round 106's judgement of callables handed out as values: in a program whose comparisons run its code and that binds attributes by names the checker does not read (__set_name__ here), a decorator's inner def, returned as a value, is judged, and it calls what it wrapped
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
