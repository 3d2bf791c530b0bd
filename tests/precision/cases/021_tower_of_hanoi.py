# Tower of Hanoi: recursive solution with move list and a state check.


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source, moves)


moves = []
hanoi(3, "A", "C", "B", moves)
for disk, a, b in moves:
    print(f"move disk {disk} from {a} to {b}")

pegs = {"A": list(range(5, 0, -1)), "B": [], "C": []}
big = []
hanoi(5, "A", "C", "B", big)
for disk, a, b in big:
    moved = pegs[a].pop()
    assert moved == disk
    assert not pegs[b] or pegs[b][-1] > disk
    pegs[b].append(moved)
print("5 disks:", len(big), "moves, final:", pegs)
for n in range(1, 11):
    m = []
    hanoi(n, "A", "C", "B", m)
    print(n, len(m), len(m) == 2 ** n - 1)
