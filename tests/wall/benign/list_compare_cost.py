"""Honest uses of what the wall's memory guards replace: list ordering comparisons
(list_order), deque.index (deque_index), a function's __globals__ and __builtins__
(function_attribute): the same output with the wall as under plain python3.

The guard's cost (image/README.md) was measured with this program under build/sb-run,
one image with the guard and one without:
    import time, random
    random.seed(1)
    rows = [[random.randrange(1000), random.randrange(1000)] for _ in range(100000)]
    t = time.process_time(); rows.sort(); print(time.process_time() - t)
"""
import collections
import random

random.seed(7)
rows = [[random.randrange(50), random.randrange(50)] for _ in range(2000)]
rows.sort()
print(rows[:3], rows[-3:], sorted(rows, reverse=True)[:2])
print([1, 2] < [1, 3], [1, 2] <= [1, 2], [2] > [1, 9], [] >= [], [1, [2]] < [1, [3]])
print(max([[3, "a"], [3, "b"], [1, "z"]]), min([[0.5], [0.25, 1]]))


class Row(list):
    pass


print(Row([1, 2]) < [1, 3], [0] < Row([1]), Row([2]) >= Row([2]))
for bad in ((1,), "x", None):
    try:
        [1] < bad
    except TypeError as e:
        print("TypeError:", e)
print([1, 2] == [1, 2], [1] != [1], [[1]] == [[1]])

d = collections.deque("abcabc")
print(d.index("b"), d.index("b", 2), d.index("c", -2), d.index("a", 1, 4))
for args in (("z",), ("a", 4, 5)):
    try:
        d.index(*args)
    except ValueError as e:
        print("ValueError:", e)


def f():
    return 1


print(f.__globals__ is globals(), sorted(f.__builtins__)[:2] if isinstance(f.__builtins__, dict)
      else type(f.__builtins__).__name__, (lambda: 0).__globals__["__name__"])
