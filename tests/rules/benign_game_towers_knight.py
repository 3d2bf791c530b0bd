# expect: accept
def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def knight_moves(pos, size=8):
    x, y = pos
    jumps = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
    return sorted((x + dx, y + dy) for dx, dy in jumps if 0 <= x + dx < size and 0 <= y + dy < size)


print(len(hanoi(10)), hanoi(2), knight_moves((0, 0)), len(knight_moves((4, 4))))
