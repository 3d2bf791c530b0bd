# expect: accept
# why: the honest look-alikes of round 26h and of honest24 p21: containers bound once and only read where a library caller takes them (a thread's args, a callback's argument), an exact Decimal handed to quantize, and a set in a defaultdict whose .add is no method of the program's class named add
import collections
import contextlib
import decimal
import threading


class PhoneBook:
    def __init__(self):
        self.entries = {}
        self.by_area = collections.defaultdict(set)

    def add(self, name, number):
        self.entries[name.title()] = number
        self.by_area[number[:3]].add(name.title())


book = PhoneBook()
book.add("ann lee", "555-1234")
book.add("bo kim", "555-9876")
print(sorted(book.entries), sorted(book.by_area["555"]))

CENT = decimal.Decimal("0.01")
prices = [decimal.Decimal("1.005"), decimal.Decimal("2.675")]
print([p.quantize(CENT, decimal.ROUND_HALF_UP) for p in prices], CENT)

totals = {"a": 1}
seen = []


def record(mapping):
    seen.append(sorted(mapping))


worker = threading.Thread(target=record, args=(totals,))
worker.start()
worker.join()
with contextlib.ExitStack() as stack:
    stack.callback(record, totals)
print(seen, len(totals), "a" in totals)
