# expect: accept
# why: csv rows are new lists and dicts, filled in place (csv_rows)
# csv rows are new lists and dicts: converting fields in place is honest
import csv
import io
text = "name,qty,price\napple,3,0.5\npear,2,0.75\n"
rows = []
for row in csv.DictReader(io.StringIO(text)):
    row["qty"] = int(row["qty"])
    row["price"] = float(row["price"])
    row["total"] = row["qty"] * row["price"]
    rows.append(row)
reader = csv.reader(io.StringIO(text))
header = next(reader)
for fields in reader:
    fields[1] = int(fields[1])
    fields.append("ok")
    print(fields)
print(header, rows)
