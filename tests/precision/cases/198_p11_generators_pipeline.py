import itertools

def read_numbers(text):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield float(line)

def running_mean(xs):
    total = 0.0
    for i, x in enumerate(xs, 1):
        total += x
        yield total / i

def window(xs, n):
    it = iter(xs)
    win = list(itertools.islice(it, n))
    if len(win) == n:
        yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

TEXT = "# readings\n3\n5\n\n8\n13\n21\n"
print([round(m, 2) for m in running_mean(read_numbers(TEXT))])
print(list(window(range(6), 3)))
print(list(itertools.takewhile(lambda v: v < 100, fib())))
gen = (x * x for x in range(10) if x % 3 == 0)
print(next(gen), list(gen))

def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received

g = echo()
next(g)
print(g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as stop:
    print("returned", stop.value)
print(sum(x for x in range(1000) if x % 7 == 0))
