# expect: accept
# why: a TestCase passing the program's bound methods to assertRaises (called with the arguments after them only, never the exception class) and properties to assertEqual (their values, no functions), with a property setter
import unittest


class InsufficientFunds(Exception):
    pass


class Account:
    rate = 0.02

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self.owner)
        self._balance -= amount
        self.history.append(("withdraw", amount))


class AccountTests(unittest.TestCase):
    def setUp(self):
        self.acct = Account("Ann", 100)

    def test_deposit(self):
        self.acct.deposit(50)
        self.assertEqual(self.acct.balance, 150)
        self.assertAlmostEqual(self.acct.balance, 150.0)

    def test_negative(self):
        self.assertRaises(ValueError, self.acct.deposit, -5)
        self.assertRaisesRegex(InsufficientFunds, "Ann", self.acct.withdraw, 500)

    def test_cleanup(self):
        self.addCleanup(self.acct.history.clear)
        self.acct.balance = 7
        self.assertEqual(self.acct.balance, 7)


unittest.main(argv=["x"], exit=False)
