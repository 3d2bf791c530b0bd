# expect: accept
rows = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]


def line(cells):
    return "| " + " | ".join(str(c).ljust(w) if isinstance(c, str) else str(c).rjust(w) for c, w in zip(cells, widths)) + " |"


print(line(rows[0]))
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for r in rows[1:]:
    print(line(r))
total = sum(q * p for _, q, p in rows[1:])
print(f"total: {total:.2f}")
