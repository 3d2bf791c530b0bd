# expect: reject memory
# line: 7
# why: a factory held in a variable may be anything the name is bound to (a partial, a bound method): write defaultdict(list), or a lambda
import collections

make = list
groups = collections.defaultdict(make)
