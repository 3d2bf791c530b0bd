# expect: accept
from decimal import Decimal, ROUND_HALF_EVEN


class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        self.currency = currency

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)

    def split(self, n):
        share = (self.amount / n).quantize(Decimal("0.01"))
        parts = [share] * n
        parts[-1] += self.amount - share * n
        return [Money(p, self.currency) for p in parts]

    def __str__(self):
        return f"{self.amount:,.2f} {self.currency}"


total = Money("100.00") + Money(0.1)
print(total, [str(p) for p in total.split(3)])
