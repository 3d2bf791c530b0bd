# expect: accept
def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best = max(range(1, 10000), key=collatz_length)
print(best, collatz_length(best), collatz_length(27))
