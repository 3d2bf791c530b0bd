# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: tenth red team (10b), family A: operator.getitem hands back an element of its argument

# Mechanism: store rule level 0 (item stores / mutating calls): a library function that hands back an element or its argument but is not among the enumerated accessors is taken as a new value (variant of the README's documented-open nullcontext case): operator.getitem
# Goal reached: write into a standard-library container: keyword.kwlist extended
# Output under python3 (Python 3.11.7), run in a fresh temp dir:
#   pwned_by_getitem in keyword.kwlist; False

# operator.getitem hands back an element of its argument, like the enumerated accessors
# (get, pop, max, min, next, ...), but is not one of them: at the store rule's level 0 its
# result is a new value, so the mutating call on it is not judged.
import keyword
import operator

k = operator.getitem([keyword.kwlist], 0)
k.append("pwned_by_getitem")
print(keyword.kwlist[-1], "in keyword.kwlist;", keyword.iskeyword("pwned_by_getitem"))
