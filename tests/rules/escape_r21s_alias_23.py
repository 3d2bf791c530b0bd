# expect: reject store
# why: what a def returns is linked wherever the def is reached from: operator.call imported by name as a decorator: the name is d
# line: 12
import keyword, operator
import operator as op
from operator import call
d = {}
@call
def task():
    return d
task["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
