# expect: accept
# why: eleventh red team (11a), family F': abc's abstractclassmethod and abstractstaticmethod as decorators over the program's own defs stay allowed

import abc


class Shape(abc.ABC):
    @abc.abstractclassmethod
    def unit(cls):
        ...

    @abc.abstractstaticmethod
    def sides():
        ...


class Square(Shape):
    @classmethod
    def unit(cls):
        return cls()

    @staticmethod
    def sides():
        return 4


print(Square.unit().sides(), Shape.__abstractmethods__ == {"unit", "sides"})
