# expect: accept
# why: a class with a library base (collections.abc.Mapping) whose hooks return the
#   program's own objects: what the library's get(), values() and items() hand
#   back is followed, and holds no module value
import collections.abc


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0


class Ledger(collections.abc.Mapping):
    def __init__(self, names):
        self.accounts = {n: Account(n) for n in names}

    def __getitem__(self, key):
        return self.accounts[key]

    def __iter__(self):
        return iter(self.accounts)

    def __len__(self):
        return len(self.accounts)


class LedgerError(Exception):
    pass


book = Ledger(["ann", "bob"])
book.get("ann").balance += 5
for acct in book.values():
    acct.balance *= 2
for name, acct in book.items():
    acct.owner = name.title()
if "zed" in book:
    raise LedgerError("zed")
print(sorted((a.owner, a.balance) for a in book.values()))
