# expect: accept
# why: walrus forms CPython compiles: in a comprehension's body or condition at module and function level (binding there), in a class body outside comprehensions, in a lambda in the body
data = [3, 8, 1, 9]
big = [last := v for v in data if v > 2]
print(big, last)


def running(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return sums, total


class Settings:
    (limit := 10)
    names = [n for n in ("a", "b")]


print(running([1, 2, 3]), Settings.limit, [(lambda: (q := k))() for k in range(2)])
if any((hit := x) > 8 for x in data):
    print("first over 8:", hit)
