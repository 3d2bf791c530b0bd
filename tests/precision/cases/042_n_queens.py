# N-queens with backtracking: count solutions and print the first board.


def solve(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)

    place(0)
    return solutions


for n in range(1, 9):
    print(f"{n}-queens: {len(solve(n))} solutions")

first = solve(8)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
print("as columns:", first)
