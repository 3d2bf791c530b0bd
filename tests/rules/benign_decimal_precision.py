# expect: accept
from decimal import Decimal, localcontext, ROUND_DOWN

print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt())
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333")]
print(sum(prices), sum(prices).quantize(Decimal("0.01"), rounding=ROUND_DOWN), Decimal("1.30").normalize())
