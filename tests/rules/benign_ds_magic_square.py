# expect: accept
def is_magic(sq):
    n = len(sq)
    target = sum(sq[0])
    rows = all(sum(r) == target for r in sq)
    cols = all(sum(c) == target for c in zip(*sq))
    diag = sum(sq[i][i] for i in range(n)) == target == sum(sq[i][n - 1 - i] for i in range(n))
    return rows and cols and diag


def siamese(n):
    sq = [[0] * n for _ in range(n)]
    i, j = 0, n // 2
    for k in range(1, n * n + 1):
        sq[i][j] = k
        ni, nj = (i - 1) % n, (j + 1) % n
        if sq[ni][nj]:
            ni, nj = (i + 1) % n, j
        i, j = ni, nj
    return sq


sq = siamese(5)
print(is_magic(sq), sq[0], is_magic([[1, 2], [3, 4]]))
