# 0/1 knapsack with a DP table and item reconstruction.

items = [
    ("tent", 11, 30), ("stove", 4, 10), ("water", 9, 25), ("food", 6, 20),
    ("camera", 2, 12), ("book", 1, 3), ("jacket", 5, 15), ("map", 1, 8),
]
capacity = 20

n = len(items)
dp = [[0] * (capacity + 1) for _ in range(n + 1)]
for i, (_, weight, value) in enumerate(items, 1):
    for w in range(capacity + 1):
        dp[i][w] = dp[i - 1][w]
        if weight <= w:
            dp[i][w] = max(dp[i][w], dp[i - 1][w - weight] + value)

chosen = []
w = capacity
for i in range(n, 0, -1):
    if dp[i][w] != dp[i - 1][w]:
        name, weight, value = items[i - 1]
        chosen.append(name)
        w -= weight

print("best value:", dp[n][capacity])
print("take:", sorted(chosen))
print("weight used:", sum(wt for name, wt, _ in items if name in chosen))

for cap in (5, 10, 15, 20, 25, 30):
    row = [0] * (cap + 1)
    for _, weight, value in items:
        for c in range(cap, weight - 1, -1):
            row[c] = max(row[c], row[c - weight] + value)
    print(f"capacity {cap:2}: {row[cap]}")
