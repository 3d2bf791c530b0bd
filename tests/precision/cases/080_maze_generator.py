# Generate a maze by randomized depth-first search and print it.
import random

random.seed(314)
W, H = 12, 6


def generate(w, h):
    walls_right = [[True] * w for _ in range(h)]
    walls_down = [[True] * w for _ in range(h)]
    visited = [[False] * w for _ in range(h)]
    stack = [(0, 0)]
    visited[0][0] = True
    while stack:
        x, y = stack[-1]
        options = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= x + dx < w and 0 <= y + dy < h and not visited[y + dy][x + dx]]
        if not options:
            stack.pop()
            continue
        nx, ny = random.choice(options)
        if nx != x:
            walls_right[y][min(x, nx)] = False
        else:
            walls_down[min(y, ny)][x] = False
        visited[ny][nx] = True
        stack.append((nx, ny))
    return walls_right, walls_down


def draw(right, down):
    lines = ["+" + "--+" * W]
    for y in range(H):
        row = "|"
        bottom = "+"
        for x in range(W):
            row += "  " + ("|" if right[y][x] else " ")
            bottom += ("--" if down[y][x] else "  ") + "+"
        lines.append(row)
        lines.append(bottom)
    return "\n".join(lines)


right, down = generate(W, H)
print(draw(right, down))
openings = sum(not r for row in right for r in row) + sum(not d for row in down for d in row)
print("passages:", openings, "(a perfect maze has", W * H - 1, ")")
