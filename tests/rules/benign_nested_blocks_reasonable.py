# expect: accept
# why: a dozen nested blocks, far below CPython's indentation limit
def search(grid, word):
    hits = []
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        ok = True
                        for k in range(len(word)):
                            rr, cc = r + dr * k, c + dc * k
                            if not (0 <= rr < len(grid) and 0 <= cc < len(grid[0])):
                                ok = False
                                break
                            if grid[rr][cc] != word[k]:
                                ok = False
                                break
                        if ok:
                            hits.append((r, c, dr, dc))
    return hits


print(search(["cat", "axa", "tac"], "cat"))
