# expect: accept
# why: fourteenth red team (round 14a), family C: library classes as indexes of generics in annotations, typing.get_origin of such an alias
import collections
import typing


def tally(words: list[str]) -> collections.Counter[str]:
    return collections.Counter(words)


def merge(a: dict[str, collections.Counter], b: typing.Optional[collections.Counter] = None) -> typing.List[collections.Counter]:
    out: list[collections.Counter] = [collections.Counter(a)]
    if b is not None:
        out.append(b)
    return out


class Store(typing.Generic[typing.TypeVar("T")]):
    pass


print(typing.get_origin(list[collections.Counter]) is list)
print(tally(["a", "b", "a"]).most_common(1))
print(len(merge({"x": collections.Counter("ab")})))
