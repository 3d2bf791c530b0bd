# expect: accept
# why: generators, yield from, send
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def chunks(xs, size):
    for i in range(0, len(xs), size):
        yield xs[i:i + size]


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


print(list(take(10, fib())))
print(list(chunks(list(range(7)), 3)))
print(list(flatten([1, [2, [3, [4]]], 5])))
acc = averager()
next(acc)
print([acc.send(v) for v in (10, 20, 30)])
squares = (n * n for n in range(5))
print(sum(squares))
