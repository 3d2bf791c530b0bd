# Mail merge with string.Template and a safe fallback for missing fields.
from string import Template

letter = Template("""Dear $name,

Your order #$order_id of $$${total} ships on $ship_date.
$extra""")

orders = [
    {"name": "Alice", "order_id": 1001, "total": "54.20", "ship_date": "2024-06-01", "extra": "Thanks!"},
    {"name": "Bob", "order_id": 1002, "total": "7.99", "ship_date": "2024-06-03"},
]

for order in orders:
    try:
        print(letter.substitute(order))
    except KeyError as e:
        print(f"[missing {e.args[0]} for {order['name']}]")
        print(letter.safe_substitute(order))
    print("-" * 30)

row = Template("${item}: ${count}x")
print(", ".join(row.substitute(item=i, count=c) for i, c in [("tea", 2), ("cake", 1)]))
print(Template("$who likes $what").safe_substitute(who="Tim"))
print(sorted(Template("$a and ${b}, $a again").get_identifiers()))
