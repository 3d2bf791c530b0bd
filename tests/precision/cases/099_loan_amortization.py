# Loan amortization schedule with Decimal money and fixed calendar dates.
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    day = min(d.day, [31, 29 if (d.year + y) % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m])
    return date(d.year + y, m + 1, day)


def payment(principal, annual_rate, months):
    r = annual_rate / 12
    return (principal * r / (1 - (1 + r) ** -months)).quantize(CENT, ROUND_HALF_UP)


principal = Decimal("12000.00")
rate = Decimal("0.065")
months = 12
start = date(2024, 1, 31)
pay = payment(principal, rate, months)
print(f"monthly payment: {pay}")
print(f"{'#':>2} {'date':<10} {'interest':>9} {'principal':>10} {'balance':>10}")
balance = principal
total_interest = Decimal(0)
for i in range(1, months + 1):
    interest = (balance * rate / 12).quantize(CENT, ROUND_HALF_UP)
    part = pay - interest if i < months else balance
    balance -= part
    total_interest += interest
    print(f"{i:>2} {add_months(start, i).isoformat():<10} {interest:>9} {part:>10} {balance:>10}")
print("total interest:", total_interest)
print("last payment date:", add_months(start, months).strftime("%A %d %B %Y"))
