# Rotate a matrix, spiral order, and search a sorted matrix.


def rotate(m):
    return [list(row) for row in zip(*m[::-1])]


def rotate_in_place(m):
    n = len(m)
    for i in range(n):
        for j in range(i + 1, n):
            m[i][j], m[j][i] = m[j][i], m[i][j]
    for row in m:
        row.reverse()


def spiral(m):
    out = []
    while m:
        out.extend(m.pop(0))
        m = [list(r) for r in zip(*m)][::-1]
    return out


def search(m, target):
    r, c = 0, len(m[0]) - 1
    while r < len(m) and c >= 0:
        if m[r][c] == target:
            return r, c
        if m[r][c] > target:
            c -= 1
        else:
            r += 1
    return None


grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]
for row in rotate(grid):
    print(row)
copy = [row[:] for row in grid]
rotate_in_place(copy)
print(copy == rotate(grid))
print(spiral([row[:] for row in grid]))
print(spiral([[1, 2, 3], [4, 5, 6]]))
sorted_m = [[1, 4, 7, 11], [2, 5, 8, 12], [3, 6, 9, 16], [10, 13, 14, 17]]
print(search(sorted_m, 5), search(sorted_m, 20), search(sorted_m, 17))
m = grid
for _ in range(4):
    m = rotate(m)
print("four rotations give the original:", m == grid)
