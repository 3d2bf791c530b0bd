# expect: accept
def fact_iter(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def fact_rec(n):
    return 1 if n <= 1 else n * fact_rec(n - 1)


print([fact_iter(n) for n in range(8)], fact_rec(20) == fact_iter(20))
