# expect: accept
def compound(principal, rate, years, per_year=12):
    return principal * (1 + rate / per_year) ** (per_year * years)


def amortize(principal, annual_rate, months):
    r = annual_rate / 12
    payment = principal * r / (1 - (1 + r) ** -months)
    balance = principal
    for month in range(1, months + 1):
        interest = balance * r
        balance -= payment - interest
        if month % 12 == 0:
            print(f"year {month // 12}: balance {max(balance, 0):10.2f}")
    return payment


print(f"{compound(1000, 0.05, 10):.2f}")
print(f"monthly payment {amortize(10000, 0.06, 36):.2f}")
