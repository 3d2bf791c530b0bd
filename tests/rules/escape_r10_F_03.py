# expect: reject store
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (numbers.Real gains __gt__ and __ge__)
# why: tenth red team (10b), family F: functools.total_ordering called as a plain function on numbers.Real

# Mechanism: functools.total_ordering called as a plain function on a standard-library class: setattr(cls, opname, opfunc) inside functools
# Goal reached: write into a standard-library namespace: numbers.Real gains __gt__ and __ge__ (functools' _gt_from_lt/_ge_from_lt)
# Output under python3 (Python 3.11.7), run in a fresh temp dir:
#   object's __gt__ before: True after: False
#   <function _gt_from_lt at 0x7f78f9135ee0> <function _ge_from_lt at 0x7f78f9136020>

# functools.total_ordering(cls) does setattr(cls, opname, opfunc) for each missing
# comparison method. numbers.Real defines only __lt__/__le__, so called as a plain
# function on that library class it adds __gt__ and __ge__ to numbers.Real's namespace.
import functools
import numbers

before = numbers.Real.__gt__ is object.__gt__
functools.total_ordering(numbers.Real)
print("object's __gt__ before:", before, "after:", numbers.Real.__gt__ is object.__gt__)
print(numbers.Real.__gt__, numbers.Real.__ge__)
