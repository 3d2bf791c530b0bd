# expect: reject dunder
# line: 9
# why: the loop is allowed over self.__slots__ only: another parameter may be any
#   object, a library one among them.
class Point:
    __slots__ = ("x",)

    def same(self, other):
        return all(getattr(self, n) == n for n in other.__slots__)


p = Point()
