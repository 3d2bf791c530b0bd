# expect: accept
from enum import Enum


class State(Enum):
    IDLE = "idle"
    PAID = "paid"
    VENDING = "vending"


class Machine:
    PRICES = {"cola": 150, "chips": 100}

    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.log = []

    def insert(self, cents):
        self.credit += cents
        self.state = State.PAID
        self.log.append(f"credit {self.credit}")

    def choose(self, item):
        price = self.PRICES.get(item)
        if price is None or self.state is not State.PAID:
            self.log.append(f"cannot vend {item}")
            return None
        if self.credit < price:
            self.log.append(f"need {price - self.credit} more")
            return None
        self.state = State.VENDING
        change, self.credit = self.credit - price, 0
        self.state = State.IDLE
        return item, change


m = Machine()
m.insert(100)
print(m.choose("cola"))
m.insert(100)
print(m.choose("cola"), m.state, m.log)
