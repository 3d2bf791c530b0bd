# expect: accept
# why: field(default_factory=Counter) gives each instance a new Counter (a library class called without arguments), not the class Counter: the order's lines and status are the program's to change

from collections import Counter
from dataclasses import dataclass, field
from enum import Enum, auto


class Status(Enum):
    PENDING = auto()
    CANCELLED = auto()


@dataclass
class Order:
    order_id: int
    lines: Counter = field(default_factory=Counter)
    status: Status = Status.PENDING
    notes: list = field(default_factory=list)


class Warehouse:
    def __init__(self, stock):
        self.stock = Counter(stock)

    def place(self, **items):
        self.stock.subtract(items)
        return Order(1, Counter(items))

    def cancel(self, order):
        self.stock.update(order.lines)
        order.status = Status.CANCELLED
        order.lines["refund"] += 1
        order.notes.append("cancelled")


wh = Warehouse({"a": 3})
orders = [wh.place(**req) for req in [{"a": 1}]]
wh.cancel(orders[0])
orders[0].status = Status.PENDING
print(orders, wh.stock)
