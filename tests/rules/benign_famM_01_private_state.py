# expect: accept
# why: family M look-alike: private state set in methods, properties, Base.__init__(self), super(), bound calls and callbacks
class Account:
    def __init__(self, owner, balance=0):
        self._owner = owner
        self._balance = balance
    def deposit(self, amount):
        self._balance += amount
        return self._balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        self._balance = v
    def reset(self):
        self._balance = 0
    @classmethod
    def empty(cls):
        cls._count = getattr(cls, "_count", 0) + 1
        return cls("nobody")
class Savings(Account):
    def __init__(self, owner):
        Account.__init__(self, owner, 10)
        super().__init__(owner, 10)
    def close(self, then):
        self.reset()
        return then(self.reset)
s = Savings("x")
s.deposit(5)
s.balance = 3
print(s.balance, s.close(lambda f: f() or "closed"), Account.empty().balance)
