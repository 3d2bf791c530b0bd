# expect: reject store
# why: what a def returns is linked wherever the def is reached from: operator.call as a decorator calls the def and binds its name to the result (d)
# line: 12
import keyword, operator
import operator as op
from operator import call
d = {}
@operator.call
def task():
    return d
task["k"] = keyword.kwlist
d["k"].append("ZZZ")
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
