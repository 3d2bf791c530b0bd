# expect: accept
def fib_list(n):
    out = [0, 1]
    while len(out) < n:
        out.append(out[-1] + out[-2])
    return out[:n]


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def fib_fast(n):
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return go(n)[0]


g = fib_gen()
print(fib_list(10), [next(g) for _ in range(10)], fib_fast(100))
