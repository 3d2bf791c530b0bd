# expect: reject dunder
# line: 9
# why: a list __slots__ handed on can be extended with a name copy's _slotnames then
#   reads by getattr; only a loop over self.__slots__ may read it.
class Base:
    __slots__ = ["x"]

    def names(self):
        return self.__slots__


Base().names().append("read")
