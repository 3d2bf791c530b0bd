# A bank account class with properties, custom exceptions and a history.


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available


class Account:
    interest_rate = 0.02

    def __init__(self, owner, balance=0.0, **options):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.overdraft = 0.0
        for key, value in options.items():
            setattr(self, key, value)

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < -self.overdraft:
            raise InsufficientFunds(-value, self._balance)
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def add_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self.deposit(gained)
        return gained

    def __str__(self):
        return f"{self.owner}: {self._balance:,.2f}"


acct = Account("Ada", 100.0, overdraft=50.0)
acct.deposit(250)
acct.withdraw(380)
print(acct)
try:
    acct.withdraw(100)
except InsufficientFunds as e:
    print("refused:", e)
try:
    acct.deposit(-5)
except ValueError as e:
    print("refused:", e)
acct.deposit(1000)
print("interest:", acct.add_interest())
print(acct)
for kind, amount in acct.history:
    print(f"  {kind:<8} {amount:>8.2f}")
