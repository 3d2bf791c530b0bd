# expect: accept
from datetime import date, timedelta

ledger = []
balance = 0.0
day = date(2024, 1, 1)
for i, (kind, amount) in enumerate([("in", 1000), ("out", 250.5), ("out", 99.99), ("in", 400), ("out", 1200)]):
    if kind == "out" and amount > balance:
        ledger.append((day, kind, amount, "REJECTED"))
        continue
    balance += amount if kind == "in" else -amount
    ledger.append((day, kind, amount, f"{balance:.2f}"))
    day += timedelta(days=3)
for row in ledger:
    print(*row)
