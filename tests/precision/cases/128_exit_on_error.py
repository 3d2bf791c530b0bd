# Validate a batch of orders; report problems on stderr and exit non-zero.
import sys


class OrderError(Exception):
    pass


def parse_order(line):
    try:
        item, qty, price = line.split(";")
        return item.strip(), int(qty), float(price)
    except ValueError as e:
        raise OrderError(f"cannot parse {line!r}") from e


ORDERS = ["widget; 3; 2.50", "gadget; x; 4.00", "gizmo; 2; 9.99", "broken line", "doohickey; 1; 0.75"]

total = 0.0
problems = 0
for number, line in enumerate(ORDERS, 1):
    try:
        item, qty, price = parse_order(line)
    except OrderError as e:
        problems += 1
        print(f"order {number}: {e} (because: {e.__cause__})", file=sys.stderr)
        continue
    total += qty * price
    print(f"order {number}: {qty} x {item} = {qty * price:.2f}")

print(f"total: {total:.2f}")
if problems:
    print(f"{problems} orders rejected", file=sys.stderr)
    sys.exit(2)
print("all orders accepted")
