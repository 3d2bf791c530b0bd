# expect: accept
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    counts[(x + dx, y + dy)] = counts.get((x + dx, y + dy), 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = glider
for _ in range(4):
    state = step(state)
print(sorted(state))
print(sorted((x - 1, y - 1) for x, y in state) == sorted(glider))
