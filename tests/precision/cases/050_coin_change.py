# Coin change: fewest coins and number of ways, bottom-up.


def fewest_coins(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    last = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
                last[a] = c
    if best[amount] == INF:
        return -1, []
    used = []
    while amount:
        used.append(last[amount])
        amount -= last[amount]
    return len(used), sorted(used, reverse=True)


def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


print(fewest_coins([1, 2, 5], 11))
print(fewest_coins([2], 3))
print(fewest_coins([1, 3, 4], 6))
print(fewest_coins([25, 10, 5, 1], 63))
print(count_ways([1, 2, 5], 5))
print(count_ways([1, 5, 10, 25, 50, 100], 100))
print(count_ways([2, 5, 3, 6], 10))
greedy_fails = []
for amount in range(1, 20):
    coins = [1, 3, 4]
    greedy, left = 0, amount
    for c in sorted(coins, reverse=True):
        greedy += left // c
        left %= c
    if greedy != fewest_coins(coins, amount)[0]:
        greedy_fails.append(amount)
print("greedy is wrong for:", greedy_fails)
