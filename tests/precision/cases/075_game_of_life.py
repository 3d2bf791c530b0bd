# Conway's Game of Life on a small toroidal grid, starting with a glider.

WIDTH, HEIGHT = 10, 8


def step(live):
    counts = {}
    for x, y in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    cell = ((x + dx) % WIDTH, (y + dy) % HEIGHT)
                    counts[cell] = counts.get(cell, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(WIDTH)) for y in range(HEIGHT))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(6, 5), (7, 5), (8, 5)}
world = glider | blinker
for gen in range(5):
    print(f"generation {gen}: {len(world)} cells")
    print(render(world))
    world = step(world)

world = glider
seen = {}
gen = 0
while frozenset(world) not in seen:
    seen[frozenset(world)] = gen
    world = step(world)
    gen += 1
print("glider repeats after", gen - seen[frozenset(world)], "generations")
