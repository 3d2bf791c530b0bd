# Recursion practice: factorial, sum of digits, power set size, deep recursion.
import sys

sys.setrecursionlimit(5000)


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def digit_sum(n):
    return n if n < 10 else n % 10 + digit_sum(n // 10)


def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


def flatten(items):
    out = []
    for x in items:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out


for n in (0, 1, 5, 10, 20):
    print(f"{n}! = {factorial(n)}")
print("digit sum of 100!:", digit_sum(factorial(100)))
print("deep recursion depth:", count_down(3000))
print(flatten([1, [2, [3, [4, [5]]]], 6, [[7, 8], 9]]))
