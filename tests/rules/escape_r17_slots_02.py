# expect: reject dunder
# line: 10
# why: a class deriving from a library class is not closed: self may be the library's
#   object, whose __slots__ is the library's table of its private names.
import configparser


class Conf(configparser.ConfigParser):
    def fields(self):
        return [n for n in self.__slots__]


print(Conf().fields())
