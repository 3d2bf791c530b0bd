import warnings
warnings.filterwarnings("ignore")

import csv, io
from collections import defaultdict
from itertools import groupby
from statistics import mean

raw = """date,store,category,amount
2024-01-03,A,food,12.5
2024-01-03,B,food,8.0
2024-01-04,A,toys,30.0
2024-02-10,A,food,15.25
2024-02-11,B,toys,22.0
2024-02-11,B,food,9.75
2024-03-01,A,toys,5.0
2024-03-02,B,food,11.0
"""
df = list(csv.DictReader(io.StringIO(raw)))
for r in df:
    r["amount"] = float(r["amount"])
    r["month"] = r["date"][:7]

pivot = defaultdict(lambda: defaultdict(float))
for r in df:
    pivot[r["month"]][r["store"]] += r["amount"]
stores = sorted({r["store"] for r in df})
print("month    " + "".join(f"{s:>8}" for s in stores) + f"{'total':>8}")
for month in sorted(pivot):
    vals = [pivot[month][s] for s in stores]
    print(f"{month:<9}" + "".join(f"{v:>8.2f}" for v in vals) + f"{sum(vals):>8.2f}")

df.sort(key=lambda r: r["category"])
for cat, grp in groupby(df, key=lambda r: r["category"]):
    amounts = [r["amount"] for r in grp]
    print(f"{cat}: n={len(amounts)} mean={mean(amounts):.2f} max={max(amounts):.2f}")
top = max(df, key=lambda r: r["amount"])
print("top:", {k: top[k] for k in ("date", "store", "amount")})
