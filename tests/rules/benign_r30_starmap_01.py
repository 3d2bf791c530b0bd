# expect: accept
# why: starmap, reduce and product over the program's own values, the callback making new lists
# honest: starmap and reduce over the program's own pairs, the callback filling a new list
import functools
import itertools


def merge(acc, item):
    acc = list(acc)
    acc.append(item)
    return acc


pairs = [(2, 3), (3, 2), (10, 2)]
print(list(itertools.starmap(pow, pairs)))
print(functools.reduce(merge, [[1], 2, 3]))
print(list(itertools.starmap(lambda a, b: [a, b], itertools.product("ab", repeat=2))))
