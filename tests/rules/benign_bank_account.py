# expect: accept
# why: a class with __init__/__repr__/__eq__/__hash__, private and name-mangled attributes
class InsufficientFunds(Exception):
    pass


class BankAccount:
    """A small account with name-mangled balance."""

    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        self._history = []

    @property
    def balance(self):
        return self.__balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.__balance += amount
        self._history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.__balance:
            raise InsufficientFunds(f"{self.owner} has only {self.__balance}")
        self.__balance -= amount
        self._history.append(("withdraw", amount))

    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self.__balance})"

    def __eq__(self, other):
        if not isinstance(other, BankAccount):
            return NotImplemented
        return self.owner == other.owner and self.balance == other.balance

    def __hash__(self):
        return hash((self.owner, self.__balance))


if __name__ == "__main__":
    acct = BankAccount("Ada", 100)
    acct.deposit(50)
    try:
        acct.withdraw(500)
    except InsufficientFunds as exc:
        print("refused:", exc)
    print(acct, acct.balance, len(acct._history))
