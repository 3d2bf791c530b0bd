# expect: accept
import random

random.seed(4)
columns = {letter: random.sample(range(15 * i + 1, 15 * i + 16), 5) for i, letter in enumerate("BINGO")}
card = [[columns[letter][row] for letter in "BINGO"] for row in range(5)]
card[2][2] = 0
marked = {0}
calls = random.sample(range(1, 76), 40)


def has_bingo():
    lines = [row for row in card] + [list(col) for col in zip(*card)]
    lines += [[card[i][i] for i in range(5)], [card[i][4 - i] for i in range(5)]]
    return any(all(n in marked for n in line) for line in lines)


for n, call in enumerate(calls, 1):
    marked.add(call)
    if has_bingo():
        print("bingo after", n, "calls")
        break
else:
    print("no bingo in", len(calls), "calls")
