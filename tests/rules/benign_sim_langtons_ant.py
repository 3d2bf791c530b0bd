# expect: accept
def langton(steps):
    black, pos, heading = set(), (0, 0), (0, -1)
    for _ in range(steps):
        dx, dy = heading
        if pos in black:
            heading = (dy, -dx)
            black.remove(pos)
        else:
            heading = (-dy, dx)
            black.add(pos)
        pos = (pos[0] + heading[0], pos[1] + heading[1])
    return black


cells = langton(500)
xs = [x for x, _ in cells]
ys = [y for _, y in cells]
for y in range(min(ys), max(ys) + 1):
    print("".join("#" if (x, y) in cells else "." for x in range(min(xs), max(xs) + 1)))
