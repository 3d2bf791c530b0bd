# expect: accept
# why: class keywords metaclass= and a custom keyword
from abc import ABCMeta, abstractmethod


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        raise NotImplementedError


class Tagged:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Echo(Plugin, Tagged, tag="echo"):
    def run(self):
        return "echo"


print(Echo().run(), Echo.tag, isinstance(Echo(), Plugin))
