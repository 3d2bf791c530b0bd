# expect: accept
rows, cols = 3, 4
grid = [[r * cols + c for c in range(cols)] for r in range(rows)]
for row in grid:
    print(" ".join(f"{v:2}" for v in row))
print("row sums:", [sum(r) for r in grid])
print("col sums:", [sum(c) for c in zip(*grid)])
print("diagonal:", [grid[i][i] for i in range(min(rows, cols))])
