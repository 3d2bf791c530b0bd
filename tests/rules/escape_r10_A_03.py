# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist and softkwlist extended)
# why: tenth red team (10b), family A: typing.assert_type and reveal_type return their argument

# Mechanism: store rule level 0 (item stores / mutating calls): a library function that hands back an element or its argument but is not among the enumerated accessors is taken as a new value (variant of the README's documented-open nullcontext case): typing.assert_type, typing.reveal_type
# Goal reached: write into standard-library containers: keyword.kwlist and keyword.softkwlist extended
# Output under python3 (Python 3.11.7), run in a fresh temp dir:
#   Runtime type is 'list'
#   pwned_by_assert_type pwned_by_reveal_type

# typing.assert_type(val, typ) and typing.reveal_type(val) return val unchanged (3.11),
# like typing.cast, which is an enumerated accessor; these two are not.
import keyword
import typing

a = typing.assert_type(keyword.kwlist, list)
a.append("pwned_by_assert_type")
b = typing.reveal_type(keyword.softkwlist)
b.append("pwned_by_reveal_type")
print(keyword.kwlist[-1], keyword.softkwlist[-1])
