# expect: accept
# why: operator functions other than attrgetter/methodcaller
import operator
from functools import reduce

pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=operator.itemgetter(1)), reduce(operator.or_, [1, 2, 4]), operator.neg(5))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), operator.contains([1, 2], 2), operator.truth(0))
ops = {"+": operator.add, "-": operator.sub, "max": max}
print([ops[k](7, 3) for k in ("+", "-", "max")], operator.index(7), operator.concat("ab", "cd"))
