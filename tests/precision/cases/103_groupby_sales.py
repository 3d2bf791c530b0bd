# Sales data wrangling with itertools.groupby, accumulate and operator.itemgetter.
import csv
import io
from itertools import accumulate, groupby, islice, chain
from operator import itemgetter

RAW = """date,rep,region,amount
2024-01-03,ann,north,120
2024-01-03,bob,south,80
2024-01-10,ann,north,200
2024-01-17,cid,east,50
2024-02-02,bob,south,300
2024-02-09,ann,north,40
2024-02-14,cid,east,220
2024-03-01,bob,south,90
2024-03-05,ann,north,310
"""

sales = [dict(r, amount=int(r["amount"])) for r in csv.DictReader(io.StringIO(RAW))]
by_month = groupby(sales, key=lambda r: r["date"][:7])
monthly = [(month, sum(r["amount"] for r in rows)) for month, rows in by_month]
print("monthly:", monthly)
print("running total:", list(accumulate(total for _, total in monthly)))

for rep, rows in groupby(sorted(sales, key=itemgetter("rep")), key=itemgetter("rep")):
    rows = list(rows)
    amounts = [r["amount"] for r in rows]
    print(f"{rep}: {len(rows)} sales, total {sum(amounts)}, best {max(amounts)}")

top3 = sorted(sales, key=itemgetter("amount"), reverse=True)[:3]
print("top 3:", [(r["rep"], r["amount"]) for r in top3])
print("running max:", list(accumulate((r["amount"] for r in sales), max)))
print("first four amounts:", list(islice((r["amount"] for r in sales), 4)))
print("runs:", [(k, len(list(g))) for k, g in groupby("aaabccddddde")])
print(list(chain.from_iterable([[1, 2], [3], [4, 5]])))
