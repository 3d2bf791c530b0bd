# expect: accept
from string import Template

letter = Template("""Dear $name,

Your subscription to $plan ends on $date.
Renew now for only $$${price}.
""")
customers = [
    {"name": "Ann", "plan": "Pro", "date": "2024-05-01", "price": "9.99"},
    {"name": "Raj", "plan": "Basic", "date": "2024-06-15", "price": "4.99"},
]
for c in customers:
    print(letter.substitute(c))
