class InsufficientFunds(Exception):
    pass

class Account:
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.transactions = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self._balance += amount
        self.transactions.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance}")
        self._balance -= amount
        self.transactions.append(("withdraw", amount))

    @property
    def balance(self):
        return self._balance

    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"

class Savings(Account):
    interest_rate = 0.05

    def add_interest(self):
        self.deposit(round(self._balance * self.interest_rate, 2))

def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)

a = Account("Alice", 100)
b = Savings("Bob", 1000)
transfer(b, a, 250)
b.add_interest()
print(a, "|", b)
for bad in (lambda: a.withdraw(1000), lambda: a.deposit(-5)):
    try:
        bad()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b.transactions)
print(isinstance(b, Account), Savings.__mro__[1].__name__, Account.interest_rate)
