# expect: accept
# why: private attributes and private methods of the program's own classes (renamed alike everywhere in the class) stay allowed
class Account:
    __count = 0  # a class attribute: renamed alike with self.__count

    def __init__(self, owner, balance=0):
        self.__owner = owner
        self.__balance = balance

    def __check(self, amount):
        return 0 < amount <= self.__balance

    @staticmethod
    def __fmt(x):
        return "%.2f" % x

    def withdraw(self, amount):
        if self.__check(amount):
            self.__balance -= amount
        return self.__fmt(self.__balance)

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count


a = Account("ann", 100)
print(a.withdraw(30), a.withdraw(500), Account.count(), a.owner())
