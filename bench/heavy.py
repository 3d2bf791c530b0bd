# The benchmark's CPU-heavy benign program (scripts/bench.sh, bench/container_cpu.py
# --heavy): calls, dict and list work, sorting, string formatting, no import, ~30 ms
# of CPU. It prints one line, the same under any Python 3.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


counts = {}
for i in range(60000):
    word = format(i * 7919 % 10007, "x")
    counts[word] = counts.get(word, 0) + 1
ranked = sorted((n, w) for w, n in counts.items())
grid = [[(x * y) % 7 for x in range(80)] for y in range(80)]
for y in range(80):
    grid[y][y] = -grid[y][y]
print(fib(27), len(counts), ranked[-1], sum(sum(row) for row in grid))
