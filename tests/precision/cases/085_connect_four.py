# Connect Four: drop pieces, detect four in a row, play two seeded players.
import random

ROWS, COLS = 6, 7


def drop(board, col, piece):
    for row in range(ROWS - 1, -1, -1):
        if board[row][col] == ".":
            board[row][col] = piece
            return row
    return None


def wins(board, piece):
    for r in range(ROWS):
        for c in range(COLS):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                cells = [(r + i * dr, c + i * dc) for i in range(4)]
                if all(0 <= y < ROWS and 0 <= x < COLS and board[y][x] == piece for y, x in cells):
                    return True
    return False


def choose(board, piece, rng):
    other = "O" if piece == "X" else "X"
    free = [c for c in range(COLS) if board[0][c] == "."]
    for who in (piece, other):
        for c in free:
            trial = [row[:] for row in board]
            drop(trial, c, who)
            if wins(trial, who):
                return c
    return rng.choice(free)


rng = random.Random(4)
board = [["."] * COLS for _ in range(ROWS)]
piece = "X"
for turn in range(ROWS * COLS):
    col = choose(board, piece, rng)
    drop(board, col, piece)
    if wins(board, piece):
        print(f"{piece} wins on turn {turn + 1}")
        break
    piece = "O" if piece == "X" else "X"
else:
    print("draw")
print("\n".join(" ".join(row) for row in board))
print(" ".join(str(c) for c in range(COLS)))
