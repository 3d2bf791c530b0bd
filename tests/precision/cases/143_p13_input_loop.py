# stdin: classic competitive-programming input() reading
n = int(input())
rows = []
for _ in range(n):
    name, score = input().split()
    rows.append((name, int(score)))
q = int(input())
queries = [input().strip() for _ in range(q)]
best = max(rows, key=lambda r: r[1])
print("best:", best[0], best[1])
lookup = dict(rows)
for name in queries:
    print(name, "->", lookup.get(name, "missing"))
print("mean:", round(sum(s for _, s in rows) / n, 2))
try:
    input()
except EOFError:
    print("no more input")
