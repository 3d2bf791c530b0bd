# Collatz sequences: lengths, records and a small histogram.

cache = {1: 1}


def collatz_len(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return cache[path[0]] if path else length


def sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq


print(sequence(27)[:20], "...")
print("length of 27:", collatz_len(27), "peak:", max(sequence(27)))
best = max(range(1, 100000), key=collatz_len)
print("longest under 100000:", best, collatz_len(best))

buckets = {}
for n in range(1, 1001):
    b = collatz_len(n) // 25 * 25
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    print(f"{b:3}-{b + 24:<3} {'#' * (buckets[b] // 10)} {buckets[b]}")
