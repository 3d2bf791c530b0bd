# expect: accept
def step(cells, rule=30):
    padded = [0] + cells + [0]
    return [rule >> (padded[i - 1] << 2 | padded[i] << 1 | padded[i + 1]) & 1 for i in range(1, len(padded) - 1)]


width = 31
row = [0] * width
row[width // 2] = 1
for _ in range(15):
    print("".join("█" if c else " " for c in row))
    row = step(row)
