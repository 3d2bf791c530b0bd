# Tic-tac-toe: winner detection and a perfect minimax player.
import copy
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None


@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), None
    if " " not in board:
        return 0, None
    best = None
    for i, cell in enumerate(board):
        if cell != " ":
            continue
        nxt = board[:i] + player + board[i + 1:]
        score, _ = minimax(nxt, "O" if player == "X" else "X")
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    return best


def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))


board = " " * 9
player = "X"
history = []
while not winner(board) and " " in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    history.append(copy.deepcopy(list(board)))
    player = "O" if player == "X" else "X"
show(board)
print("result:", winner(board) or "draw", "after", len(history), "moves")
print("X to move on 'XX OO    ':", minimax("XX OO    ", "X"))
print("O to move on 'XX OO    ':", minimax("XX OO    ", "O"))
print("positions evaluated:", minimax.cache_info().currsize)
