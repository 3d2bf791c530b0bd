inventory = {"apples": 10, "bananas": 5, "cherries": 0}
prices = {"apples": 0.5, "bananas": 0.25, "cherries": 3.0, "dates": 4.0}

def restock(inv, **amounts):
    for item, n in amounts.items():
        inv[item] = inv.get(item, 0) + n

def sell(inv, item, n):
    if inv.get(item, 0) < n:
        raise KeyError(f"not enough {item}")
    inv[item] -= n
    return n * prices[item]

restock(inventory, cherries=12, dates=3)
revenue = 0
orders = [("apples", 4), ("cherries", 5), ("bananas", 9), ("dates", 3), ("figs", 1)]
for item, n in orders:
    try:
        revenue += sell(inventory, item, n)
        print(f"sold {n:>2} {item}")
    except KeyError as e:
        print("failed:", e.args[0])
print(f"revenue: {revenue:.2f}")
empty = [k for k, v in inventory.items() if v == 0]
for k in empty:
    del inventory[k]
print(inventory, "removed:", empty)
value = {k: round(v * prices[k], 2) for k, v in inventory.items()}
print(dict(sorted(value.items(), key=lambda kv: kv[1], reverse=True)))
merged = inventory | {"figs": 2}
print(merged, len(merged), "figs" in inventory)
word = "hello world"
freq = {}
for ch in word.replace(" ", ""):
    freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print({v: k for k, v in {"a": 1, "b": 2}.items()}, dict(zip("xyz", range(3))))
