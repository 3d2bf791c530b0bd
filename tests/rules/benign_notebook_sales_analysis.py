# expect: accept
import statistics
from collections import defaultdict

rows = [
    ("2024-01", "north", 120.5), ("2024-01", "south", 98.0), ("2024-02", "north", 130.25),
    ("2024-02", "south", 101.75), ("2024-03", "north", 128.0), ("2024-03", "south", 115.5),
]
by_region = defaultdict(list)
by_month = defaultdict(float)
for month, region, amount in rows:
    by_region[region].append(amount)
    by_month[month] += amount
for region, amounts in sorted(by_region.items()):
    print(f"{region:<6} mean={statistics.mean(amounts):8.2f} sd={statistics.stdev(amounts):6.2f}")
months = sorted(by_month)
growth = [(b, round(100 * (by_month[b] / by_month[a] - 1), 1)) for a, b in zip(months, months[1:])]
print(growth)
