# expect: reject class_value
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11b), family A: three-argument type() through get_origin builds a class no statement shows

# Mechanism (family A': `type` as a value from typing.get_origin, called with THREE
#   arguments): ty("K", (), {"__reduce_ex__": plan}) builds a class whose namespace holds a
#   protocol dunder that rule `dunder` refuses in any class body (the checker never sees a
#   class statement). copy.deepcopy(K()) runs plan's reduce tuple
#   (callable, args, state, listitems): the callable is a functools.partial (deepcopy
#   copies args, never the callable), so y = max([keyword.kwlist]) is the keyword module's
#   own list and deepcopy does y.append("pwned").
# Goal reached: a write into a namespace of the standard library (keyword.kwlist, the
#   keyword module's data, extended).
# Output seen under python3:
#   ['with', 'yield', 'pwned'] False
import typing, copy, keyword, functools
ty = typing.get_origin(typing.Type[int])
def plan(self, proto):
    return (functools.partial(max, [keyword.kwlist]), (), None, iter(["pwned"]))
K = ty("K", (), {"__reduce_ex__": plan})
copy.deepcopy(K())
print(keyword.kwlist[-3:], keyword.iskeyword("pwned"))
