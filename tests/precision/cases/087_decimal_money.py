# Money with Decimal: why floats surprise, rounding modes, and splitting bills.
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, getcontext, localcontext

print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(Decimal("0.1") + Decimal("0.2"), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))

CENT = Decimal("0.01")
prices = [Decimal(p) for p in ["19.99", "5.25", "3.10", "0.99", "12.00"]]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(CENT, rounding=ROUND_HALF_UP)
print(f"subtotal {subtotal}, tax {tax}, total {subtotal + tax}")

for value in ["2.675", "2.665", "-1.005", "0.125"]:
    d = Decimal(value)
    print(value, d.quantize(CENT, ROUND_HALF_UP), d.quantize(CENT, ROUND_HALF_EVEN), d.quantize(CENT, ROUND_DOWN))


def split(total, people):
    share = (total / people).quantize(CENT, rounding=ROUND_DOWN)
    shares = [share] * people
    remainder = total - share * people
    i = 0
    while remainder > 0:
        shares[i] += CENT
        remainder -= CENT
        i += 1
    return shares


print(split(Decimal("100.00"), 3))
print(split(Decimal("10.01"), 4), sum(split(Decimal("10.01"), 4)))
getcontext().prec = 50
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(2).sqrt())
print(Decimal("1.30") * 3, Decimal("1e3").normalize(), Decimal("123.4500").normalize())
