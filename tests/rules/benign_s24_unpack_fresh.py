# expect: accept
# why: round 29b's look-alike: unpacking a comprehension of new lists and a grid, and enumerate's pairs: linked targets hold only the program's values
rows = [[1, 2], [3, 4]]
first, second = [list(r) for r in rows]
first.append(5)
grid = [[0] * 3 for _ in range(2)]
top, bottom = grid
top[0] = 9
counts = {}
for i, word in enumerate(["a", "b", "a"]):
    counts.setdefault(word, []).append(i)
print(first, second, top, bottom, counts)
