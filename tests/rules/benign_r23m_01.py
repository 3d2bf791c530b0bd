# expect: accept
# why: honest look-alikes of round 23m: operator.methodcaller and attrgetter with literal names over the program's objects, a Timer and a Thread with a named target, groupby and accumulate with positional functions, heapq.nlargest with a key, json.dumps with a default, bisect.insort with a key
import bisect
import heapq
import itertools
import json
import operator
import threading


class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price

    def label(self, currency):
        return f"{self.name}: {self.price}{currency}"


def total(prices):
    return sum(prices)


items = [Item("pen", 2), Item("book", 12), Item("cup", 5)]
labels = list(map(operator.methodcaller("label", "$"), items))
names = list(map(operator.attrgetter("name"), items))
results = []
t = threading.Thread(target=lambda: results.append(total([1, 2, 3])))
t.start()
t.join()
runs = [k for k, _ in itertools.groupby("aabbbc")]
sums = list(itertools.accumulate([1, 2, 3], operator.add))
top = heapq.nlargest(2, items, key=operator.attrgetter("price"))
ordered = []
for it in items:
    bisect.insort(ordered, it, key=lambda i: i.price)
print(labels, names, results, runs, sums, [i.name for i in top], [i.name for i in ordered],
      json.dumps({"tags": {"x"}}, default=sorted))
