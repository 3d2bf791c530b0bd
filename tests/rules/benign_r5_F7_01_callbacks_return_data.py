# expect: accept
# why: functions handed by name to map, filter, sorted, functools.reduce,
#   itertools.starmap, iter(f, sentinel), a thread pool, asyncio.to_thread, a
#   defaultdict and a property, all returning the program's own values; attribute
#   stores on what those library calls return (a Thread's daemon flag, an object a
#   callback built) stay allowed, since no function that escapes returns anything
#   reached through a module.
import asyncio
import collections
import concurrent.futures
import functools
import itertools
import threading


class Box:
    def __init__(self, n):
        self.n = n
        self.tag = ""

    def area(self):
        return self.n * self.n

    size = property(area)


def make(n):
    return Box(n)


def add(a, b):
    return a + b


def pair(a, b):
    return (a, b)


def work(results):
    results.append(sum(range(10)))


counter = iter([3, 2, 1, 0])


def tick():
    return next(counter)


async def main():
    box = await asyncio.to_thread(make, 4)
    box.tag = "thread"
    return box


boxes = list(map(make, [1, 2, 3]))
for b in boxes:
    b.tag = "mapped"
big = list(filter(lambda b: b.n > 1, boxes))
ordered = sorted(boxes, key=Box.area, reverse=True)
print([b.n for b in big], [b.n for b in ordered], functools.reduce(add, [1, 2, 3]))
print(list(itertools.starmap(pair, [(1, 2)])), list(iter(tick, 0)))
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    first = pool.submit(make, 5).result()
    first.tag = "pooled"
    print([b.area() for b in pool.map(make, [6, 7])], first.tag)
groups = collections.defaultdict(list)
groups["a"].append(1)
results = []
t = threading.Thread(target=work, args=(results,))
t.daemon = True
t.start()
t.join()
made = asyncio.run(main())
print(dict(groups), results, made.tag, made.size, Box(3).size)
