# Reports built from format strings kept in variables and dictionaries.

TEMPLATES = {
    "welcome": "Dear {name},\nWelcome to {service}! Your plan: {plan:>8}.",
    "invoice": "Invoice #{number:05d} for {name}: {amount:,.2f} {currency}",
    "short": "{0} owes {1:.2f}",
}

customers = [
    {"name": "Ada", "service": "CloudBox", "plan": "pro", "number": 17, "amount": 1234.5, "currency": "EUR"},
    {"name": "Grace", "service": "CloudBox", "plan": "free", "number": 302, "amount": 0, "currency": "USD"},
]

for c in customers:
    for key in ("welcome", "invoice"):
        print(TEMPLATES[key].format(**c))
    print(TEMPLATES["short"].format(c["name"], c["amount"]))
    print()

row_fmt = "{:<8}|{:^7}|{:>9}"
print(row_fmt.format("item", "qty", "price"))
for item, qty, price in [("pen", 3, 1.2), ("notebook", 10, 3.75), ("bag", 1, 29.99)]:
    print(row_fmt.format(item, qty, f"{price:.2f}"))

old_style = "%-10s %5d %8.3f"
print(old_style % ("pi", 3, 3.14159))
fmt = "{name} is {age} years old"
people = [("Tom", 30), ("Sue", 25)]
print("; ".join(fmt.format(name=n, age=a) for n, a in people))
fmt_map = "{x}-{y}"
print(fmt_map.format_map({"x": 1, "y": 2}))
