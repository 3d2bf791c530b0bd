# Lazy data pipelines with generators: parse, filter, window, and send().
from itertools import islice

LOG = """\
2024-05-01 INFO  user=ann action=login ms=12
2024-05-01 WARN  user=bob action=upload ms=950
2024-05-01 INFO  user=ann action=view ms=30
2024-05-02 ERROR user=cid action=upload ms=3000
2024-05-02 INFO  user=bob action=view ms=25
2024-05-02 INFO  user=ann action=logout ms=5
2024-05-03 WARN  user=cid action=view ms=700
"""


def read_lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(lines):
    for line in lines:
        day, level, *pairs = line.split()
        record = dict(p.split("=") for p in pairs)
        record.update(day=day, level=level, ms=int(record["ms"]))
        yield record


def slow(records, threshold):
    return (r for r in records if r["ms"] >= threshold)


def windows(iterable, size):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


records = list(parse(read_lines(LOG)))
print("slow requests:", [(r["user"], r["action"], r["ms"]) for r in slow(records, 500)])
print("first two users:", [r["user"] for r in islice(parse(read_lines(LOG)), 2)])
print("moving sums:", [sum(r["ms"] for r in w) for w in windows(records, 3)])
avg = running_average()
next(avg)
for r in records:
    current = avg.send(r["ms"])
print(f"average ms: {current:.1f}")
squares = (n * n for n in range(10 ** 9))
print("lazy:", next(squares), next(squares), sum(islice(squares, 5)))


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


gen = countdown(3)
print(list(gen))
try:
    next(gen)
except StopIteration as stop:
    print("finished, value:", stop.value)


def delegator():
    result = yield from countdown(2)
    yield result


print(list(delegator()))
