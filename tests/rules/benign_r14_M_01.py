# expect: accept
# why: privileged methods (private state through self) called with their optional
#   arguments, positional and keyword, where only a bound call can bind them: a
#   keyword for an optional parameter with fewer positional arguments than required
#   ones (as an unbound call, a required parameter stays unfilled), and any
#   arguments on names only ever bound to an instance of the program's own class.
class Account:
    def __init__(self, owner, balance=0):
        self._owner = owner
        self._balance = balance
        self._history = []

    def withdraw(self, amount, fee=0):
        if amount + fee > self._balance:
            raise ValueError(f"{self._owner} has only {self._balance}")
        self._balance -= amount + fee
        self._history.append(("withdraw", amount, fee))
        return self._balance

    def last(self, n=1, *, kind=None):
        rows = [h for h in self._history if kind is None or h[0] == kind]
        return rows[-n:]


class Box:
    def __init__(self):
        self._items = [3, 1, 2]

    def top(self, limit=2, reverse=False):
        return sorted(self._items, reverse=reverse)[:limit]


acct = Account("ada", 100)
print(acct.withdraw(10), acct.withdraw(5, 1), acct.withdraw(5, fee=2))
print(acct.last(), acct.last(2), acct.last(n=3, kind="withdraw"))
b = Box()
print(b.top(), b.top(3), b.top(limit=1), b.top(2, True), b.top(reverse=True))


def report(owner):
    a = Account(owner, 50)
    a.withdraw(1, 1)
    return a.last(5)


print(report("bob"))
boxes = [Box(), Box()]
print([x.top(limit=1) for x in boxes])
