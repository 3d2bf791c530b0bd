# expect: accept
import random

random.seed(0)
inside = 0
N = 20000
for _ in range(N):
    x, y = random.random(), random.random()
    inside += x * x + y * y <= 1
print(round(4 * inside / N, 2))
