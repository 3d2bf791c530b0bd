# Learner: classes, inheritance, exceptions
class InsufficientFunds(Exception):
    pass

class Account:
    interest = 0.01
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("wd", amount))
    def __str__(self):
        return f"Account({self.owner}, {self.balance})"

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self.balance * self.interest, 2))

acc = Savings("Dana", 100)
acc.deposit(50)
try:
    acc.withdraw(500)
except InsufficientFunds as e:
    print("error:", e)
try:
    acc.deposit(-5)
except ValueError as e:
    print("error:", e)
finally:
    print("checked deposit")
acc.add_interest()
print(acc, acc.history)
print(isinstance(acc, Account), issubclass(Savings, Account), type(acc).__name__)
print(Savings.__mro__[1].__name__)
