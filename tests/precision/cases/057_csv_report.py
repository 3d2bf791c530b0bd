# Read CSV text with csv.DictReader over StringIO, summarise, and write CSV back.
import csv
import io

DATA = """region,product,units,price
North,Widget,12,2.50
South,Widget,7,2.50
North,Gadget,3,10.00
East,Widget,20,2.40
South,Gizmo,5,7.25
East,Gadget,4,9.50
North,Gizmo,1,7.25
"""

reader = csv.DictReader(io.StringIO(DATA))
rows = list(reader)
print("columns:", reader.fieldnames)
print("rows:", len(rows))

totals = {}
for row in rows:
    revenue = int(row["units"]) * float(row["price"])
    totals.setdefault(row["region"], 0.0)
    totals[row["region"]] += revenue

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["region", "revenue", "share"])
grand = sum(totals.values())
for region in sorted(totals):
    writer.writerow([region, f"{totals[region]:.2f}", f"{totals[region] / grand:.1%}"])
writer.writerow(["TOTAL", f"{grand:.2f}", "100.0%"])
print(out.getvalue(), end="")

quoted = io.StringIO()
w = csv.writer(quoted, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["Smith, John", 42, 'He said "hi"'])
print(quoted.getvalue(), end="")
back = next(csv.reader(io.StringIO(quoted.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
print(back)
