# expect: accept
import random

random.seed(7)
W, H = 8, 5
walls = {((x, y), (x + dx, y + dy)) for x in range(W) for y in range(H) for dx, dy in ((1, 0), (0, 1))}
seen, stack = {(0, 0)}, [(0, 0)]
while stack:
    x, y = stack[-1]
    options = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
               if 0 <= x + dx < W and 0 <= y + dy < H and (x + dx, y + dy) not in seen]
    if not options:
        stack.pop()
        continue
    nxt = random.choice(options)
    walls.discard(tuple(sorted([(x, y), nxt])))
    seen.add(nxt)
    stack.append(nxt)
print("+" + "--+" * W)
for y in range(H):
    row, floor = "|", "+"
    for x in range(W):
        row += "  " + ("|" if ((x, y), (x + 1, y)) in walls or x == W - 1 else " ")
        floor += ("--" if ((x, y), (x, y + 1)) in walls or y == H - 1 else "  ") + "+"
    print(row)
    print(floor)
