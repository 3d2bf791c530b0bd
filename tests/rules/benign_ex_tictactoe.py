# expect: accept
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None


def show(board):
    rows = [" | ".join(board[i:i + 3]) for i in range(0, 9, 3)]
    print("\n---------\n".join(rows))


game = list("XOXOXO  X")
show(game)
print("winner:", winner(game))
