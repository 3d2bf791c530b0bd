# expect: reject unbound
# line: 30
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist written)
# why: issue 13: ChainMap.copy read through its class, handed a class of the program as self
#
# Mechanism: collections.ChainMap.copy is
#   `return self.__class__(self.maps[0].copy(), *self.maps[1:])`; with P a class whose
#   `maps` is [obj, (), namespace], P.__class__ is `type`, so the call is
#   type(obj.copy(), (), namespace): a class made from a dict holding __reduce_ex__,
#   with no class statement and no `type` in the program. copy.deepcopy of an
#   instance runs that __reduce_ex__, whose list items it appends to the list the
#   reduce's callable returns: keyword.kwlist.
# Goal reached: write into a standard-library container (keyword.kwlist gains 'pwned').
import collections, copy, keyword


class Name:
    def copy(self):
        return "Made"


def grow():
    return keyword.kwlist


class P:
    maps = [Name(), (), {"__reduce_ex__": lambda self, proto: (grow, (), None, iter(["pwned"]))}]


made = collections.ChainMap.copy(P)
copy.deepcopy(made())
print(keyword.kwlist[-3:])
