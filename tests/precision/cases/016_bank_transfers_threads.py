# Concurrent bank transfers with threads; one Lock per account, always taken
# in a fixed order so two opposite transfers cannot deadlock.
import random
import threading
from collections import OrderedDict
from itertools import groupby
from operator import attrgetter


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


accounts = OrderedDict((n, Account(n, 1000)) for n in ["alice", "bob", "carol", "dave"])
journal = []
journal_lock = threading.Lock()


def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=attrgetter("name"))
    with first.lock, second.lock:
        if src.balance < amount:
            ok = False
        else:
            src.balance -= amount
            dst.balance += amount
            ok = True
    with journal_lock:
        journal.append((src.name, dst.name, amount, ok))


def teller(seed, count):
    rng = random.Random(seed)
    names = list(accounts)
    for _ in range(count):
        a, b = rng.sample(names, 2)
        transfer(accounts[a], accounts[b], rng.randint(1, 400))


threads = [threading.Thread(target=teller, args=(seed, 50)) for seed in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = sum(a.balance for a in accounts.values())
print("transfers:", len(journal), "money conserved:", total == 4000)
print("accounts in opening order:", list(accounts))
# Which transfers succeed depends on how the threads interleave; what each
# teller asked for does not, so that is what gets reported.
asked = sorted((src, amount) for src, _, amount, _ in journal)
for name, rows in groupby(asked, key=lambda r: r[0]):
    amounts = [a for _, a in rows]
    print(f"{name:<6} asked {len(amounts):3} transfers worth {sum(amounts):6}")
richest = max(accounts.values(), key=attrgetter("balance"))
print("someone holds money:", richest.balance > 0, "balances non-negative:",
      all(a.balance >= 0 for a in accounts.values()))
