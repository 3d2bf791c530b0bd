# expect: accept
# why: format templates kept in a table of string literals bound once and only
#   read: T[k].format, T.get(k, "literal").format, membership and iteration.
TEMPLATES = {
    "welcome": "Dear {name},\nWelcome to {service}! Plan: {plan:>8}.",
    "invoice": "Invoice #{number:05d} for {name}: {amount:,.2f}",
    "short": "{0} owes {1:.2f}",
}
ROWS = ("{:<8}|{:^7}|{:>9}", "{:-<26}")

people = [
    {"name": "Ada", "service": "Box", "plan": "pro", "number": 17, "amount": 1234.5},
    {"name": "Grace", "service": "Box", "plan": "free", "number": 302, "amount": 0},
]
for c in people:
    for key in ("welcome", "invoice"):
        if key in TEMPLATES:
            print(TEMPLATES[key].format(**c))
    print(TEMPLATES["short"].format(c["name"], c["amount"]))
    print(TEMPLATES.get("missing", "(no template for {name})").format(**c))
print(sorted(TEMPLATES.keys()), [k for k, v in TEMPLATES.items() if "{0}" in v])
print(ROWS[0].format("item", "qty", "price"))
print(ROWS[1].format(""))
for row in ROWS:
    print(len(row))
