# __iter__/__next__, generators, send, yield from, generator expressions
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        if value is None:
            return avg
        total += value
        count += 1
        avg = total / count

def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

def gen_with_return():
    yield 1
    return "done"

def delegator():
    result = yield from gen_with_return()
    yield result

print(list(Countdown(5)), list(Range2(9)))
f = fib()
print([next(f) for _ in range(12)])
avg = averager()
next(avg)
print([avg.send(x) for x in (10, 20, 60)])
try:
    avg.send(None)
except StopIteration as e:
    print("final avg", e.value)
print(list(chunks("abcdefgh", 3)), list(delegator()))
squares = (x * x for x in range(5))
print(next(squares), sum(squares))
it = iter([1, 2])
print(next(it), next(it), next(it, "exhausted"))
import itertools
print(list(itertools.islice(fib(), 20, 23)))
