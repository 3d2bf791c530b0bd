import warnings
warnings.filterwarnings("ignore")
import csv
import io
from collections import defaultdict

DATA = """region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,gizmo,7,4.25
south,gadget,1,10.00
east,widget,12,2.50
"""

def load(text):
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for row in reader:
        row["units"] = int(row["units"])
        row["price"] = float(row["price"])
        rows.append(row)
    return rows

rows = load(DATA)
by_region = defaultdict(float)
for r in rows:
    by_region[r["region"]] += r["units"] * r["price"]

print(f"{'Region':<8}{'Revenue':>10}")
print("-" * 18)
for region, total in sorted(by_region.items(), key=lambda kv: -kv[1]):
    print(f"{region:<8}{total:>10.2f}")
print("-" * 18)
print(f"{'TOTAL':<8}{sum(by_region.values()):>10.2f}")

out = io.StringIO()
w = csv.writer(out)
w.writerow(["region", "revenue"])
for region in sorted(by_region):
    w.writerow([region, f"{by_region[region]:.2f}"])
print(out.getvalue(), end="")
