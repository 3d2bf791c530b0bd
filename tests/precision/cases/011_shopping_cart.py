# Shopping cart with a price list, discounts and a receipt.

prices = {"apple": 0.5, "bread": 2.25, "milk": 1.99, "cheese": 5.75, "coffee": 8.4}
cart = {}


def add(item, qty=1):
    if item not in prices:
        print(f"unknown item: {item}")
        return
    cart[item] = cart.get(item, 0) + qty


def remove(item, qty=1):
    if cart.get(item, 0) <= qty:
        cart.pop(item, None)
    else:
        cart[item] -= qty


for item, qty in [("apple", 6), ("bread", 1), ("milk", 2), ("caviar", 1), ("coffee", 1), ("apple", 2)]:
    add(item, qty)
remove("milk")
remove("bread", 5)

subtotal = 0.0
print(f"{'item':<10}{'qty':>4}{'each':>8}{'total':>9}")
for item in sorted(cart):
    qty = cart[item]
    line = prices[item] * qty
    subtotal += line
    print(f"{item:<10}{qty:>4}{prices[item]:>8.2f}{line:>9.2f}")

discount = 0.1 * subtotal if subtotal > 10 else 0.0
tax = (subtotal - discount) * 0.08
print("-" * 31)
print(f"{'subtotal':<22}{subtotal:>9.2f}")
print(f"{'discount':<22}{-discount:>9.2f}")
print(f"{'tax':<22}{tax:>9.2f}")
print(f"{'TOTAL':<22}{subtotal - discount + tax:>9.2f}")
