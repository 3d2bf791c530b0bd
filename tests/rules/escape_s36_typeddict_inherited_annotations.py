# expect: reject dunder
# line: 20
# why: a TypedDict subclass merges its base's annotations: U.__annotations__ held the builtin type its base annotated (round 64)
import operator
import typing


class T(typing.TypedDict):
    maker: type


class U(T):
    n: int


def helper():
    return 0


maker = U.__annotations__["maker"]
getter = maker(operator.attrgetter("x"))
g = getter("__glo" + "bals__")(helper)
lg = g["typ" + "ing"]
run = getter("sys.modules")(lg)["os"].system
run("id")
