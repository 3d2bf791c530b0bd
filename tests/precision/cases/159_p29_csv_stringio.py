# csv over io.StringIO: read, aggregate, write
import csv
import io

RAW = """region,product,units,price
north,apple,10,0.5
south,apple,4,0.55
north,pear,7,0.8
east,"kiwi, gold",3,1.2
south,pear,12,0.75
"""
reader = csv.DictReader(io.StringIO(RAW))
totals = {}
for row in reader:
    revenue = int(row["units"]) * float(row["price"])
    totals[row["region"]] = totals.get(row["region"], 0) + revenue
    if "," in row["product"]:
        print("quoted product:", row["product"])
out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["region", "revenue"])
for region in sorted(totals):
    writer.writerow([region, f"{totals[region]:.2f}"])
print(out.getvalue(), end="")
rows = list(csv.reader(io.StringIO(RAW)))
print(len(rows), rows[0], rows[4])
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["a", "b"], lineterminator="\n")
dw.writeheader()
dw.writerows([{"a": 1, "b": 'say "hi"'}, {"a": 2, "b": "x,y"}])
print(buf.getvalue(), end="")
tsv = "x\ty\n1\t2\n"
print(list(csv.reader(io.StringIO(tsv), delimiter="\t")))
