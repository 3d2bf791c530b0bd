# expect: accept
import random
import statistics

random.seed(2024)


def walk(steps):
    pos, path = 0, [0]
    for _ in range(steps):
        pos += random.choice((-1, 1))
        path.append(pos)
    return path


finals = [walk(100)[-1] for _ in range(500)]
print(round(statistics.mean(finals), 2), round(statistics.pstdev(finals), 2), max(finals), min(finals))
