# expect: accept
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out


def rotate(m):
    return [list(r) for r in zip(*m[::-1])]


def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(spiral([row[:] for row in grid]), rotate(grid), pascal(6)[-1])
