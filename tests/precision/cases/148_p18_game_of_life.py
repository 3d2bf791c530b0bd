# Simulation: Conway's game of life on a small torus
def step(grid):
    rows, cols = len(grid), len(grid[0])
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = sum(
                grid[(r + dr) % rows][(c + dc) % cols]
                for dr in (-1, 0, 1)
                for dc in (-1, 0, 1)
                if (dr, dc) != (0, 0)
            )
            new[r][c] = 1 if n == 3 or (grid[r][c] and n == 2) else 0
    return new

def show(grid):
    return "\n".join("".join("#" if v else "." for v in row) for row in grid)

grid = [[0] * 8 for _ in range(8)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for gen in range(4):
    print(f"gen {gen}: alive={sum(map(sum, grid))}")
    print(show(grid))
    grid = step(grid)
