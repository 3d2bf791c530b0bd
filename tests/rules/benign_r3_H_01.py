# expect: accept
# why: Classes deriving from standard-library classes with public state only; private
#   state in classes whose every base is the program's own or builtin; enum's
#   documented _missing_ hook.
import enum
import json
import threading


class Worker(threading.Thread):
    def __init__(self):
        super().__init__()
        self.total = 0

    def run(self):
        self.total = sum(range(10))


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def _missing_(cls, value):
        return cls.RED


class Account:
    def __init__(self):
        self._balance = 0
        self.__log = []

    def deposit(self, amount):
        self._balance += amount
        self.__log.append(amount)

    @property
    def balance(self):
        return self._balance


class Savings(Account):
    _rate = 0.5

    def _interest(self):
        return self._balance * self._rate

    def add_interest(self):
        self.deposit(self._interest())


class Problem(ValueError):
    def __init__(self, code):
        super().__init__(code)
        self._code = code

    def code(self):
        return self._code


class Encoder(json.JSONEncoder):
    def default(self, o):
        return str(o)


w = Worker()
w.start()
w.join()
s = Savings()
s.deposit(10)
s.add_interest()
print(w.total, Color(7), s.balance, Problem(3).code(), json.dumps({1}, cls=Encoder))
